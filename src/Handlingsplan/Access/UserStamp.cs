using Marten;

namespace Handlingsplan.Access;

/// <summary>
/// Records who did it on every event: the signed-in user's name in Marten's user-name metadata,
/// and their role in the event headers. Every write path stamps its session before appending;
/// the plan import stamps its own as "import".
/// </summary>
public static class UserStamp
{
    public const string RoleHeader = "role";
    /// <summary>The user name the plan's import stamps on what it writes.</summary>
    public const string ImportUser = "import";

    public static void StampWith(this IDocumentSession session, AppUser user)
    {
        if (!user.IsSignedIn) return;
        session.LastModifiedBy = user.Name;
        session.SetHeader(RoleHeader, user.Role ?? "");
    }
}
