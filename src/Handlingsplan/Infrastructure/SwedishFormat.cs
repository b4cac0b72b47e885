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

    /// <summary>A file's size: 812 byte, 14,2 kB, 3,4 MB (1 kB = 1 024 byte).</summary>
    public static string Bytes(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} byte",
        < 1024 * 1024 => (bytes / 1024m).ToString("#,0.#", Culture) + " kB",
        _ => (bytes / (1024m * 1024m)).ToString("#,0.#", Culture) + " MB",
    };

    /// <summary>12,3 mnkr</summary>
    public static string Mnkr(decimal tkr) => (tkr / 1000m).ToString("#,0.0", Culture) + " mnkr";
}
