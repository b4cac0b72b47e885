using System.Globalization;

namespace Handlingsplan.Infrastructure;

/// <summary>Numbers as Swedish readers write them: 1 234,5 tkr; 12,3 mnkr.</summary>
public static class SwedishFormat
{
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("sv-SE");

    /// <summary>1 234,5 tkr; an estimate of null reads "för tidigt att bedöma".</summary>
    public static string Tkr(decimal? value) => value is null ? "för tidigt att bedöma" : value.Value.ToString("#,0.#", Culture) + " tkr";

    /// <summary>An estimate in its three states: an amount, "för tidigt att bedöma" or "ej beloppsatt".</summary>
    public static string Estimate(decimal? amount, bool notQuantified) =>
        amount is null && notQuantified ? "ej beloppsatt" : Tkr(amount);

    /// <summary>2023-12-11</summary>
    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>12,3 mnkr</summary>
    public static string Mnkr(decimal tkr) => (tkr / 1000m).ToString("#,0.0", Culture) + " mnkr";
}
