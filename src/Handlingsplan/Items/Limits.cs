namespace Handlingsplan.Items;

/// <summary>Sane bounds for input, so that a typo cannot put an absurd figure on the dashboard.</summary>
public static class Limits
{
    public const int MaxTitleLength = 200;
    public const int MaxTextLength = 4000;
    public const int MaxShortTextLength = 200;
    /// <summary>A diarienummer is a short reference such as "KS 2024/123"; 40 leaves room for the longest forms in use.</summary>
    public const int MaxDiarienummerLength = 40;
    /// <summary>10 000 mnkr: far above any single saving in a municipality of Alingsås' size.</summary>
    public const decimal MaxAmountTkr = 10_000_000m;
    public const string MaxAmountText = "10 000 000";
    public const int FirstYear = 2020;
    public const int LastYear = 2040;
}
