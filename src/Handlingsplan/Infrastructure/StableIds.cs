using System.Security.Cryptography;
using System.Text;

namespace Handlingsplan.Infrastructure;

/// <summary>
/// An id derived from a key, the same in every store and every run, so that a second import or a
/// second start of the same thing finds what the first wrote instead of writing it again.
/// </summary>
public static class StableIds
{
    public static Guid Of(string key) => new(MD5.HashData(Encoding.UTF8.GetBytes("handlingsplan/" + key)));
}
