using System.Globalization;

namespace Handlingsplan.Infrastructure;

/// <summary>Numbers as Swedish readers write them: 1 234,5 tkr; 12,3 mnkr.</summary>
public static class SwedishFormat
{
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("sv-SE");

    /// <summary>1 234,5 tkr; an estimate of null reads "för tidigt att bedöma".</summary>
    public static string Tkr(decimal? value) => value is null ? "för tidigt att bedöma" : value.Value.ToString("#,0.#", Culture) + " tkr";

    /// <summary>12,3 mnkr</summary>
    public static string Mnkr(decimal tkr) => (tkr / 1000m).ToString("#,0.0", Culture) + " mnkr";
}
