using System.Globalization;
using FluentValidation;

namespace Handlingsplan.Items;

/// <summary>Validation rules that several commands share, with their Swedish messages.</summary>
public static class Rules
{
    public static void ValidExpectedVersion<T>(this IRuleBuilder<T, long?> rule) =>
        rule.NotNull().WithMessage("Ange expectedVersion, den version av posten du utgår från.")
            .GreaterThan(0).WithMessage("expectedVersion måste vara minst 1.");

    public static void ValidOptionalText<T>(this IRuleBuilder<T, string?> rule, string field, int max = Limits.MaxTextLength) =>
        rule.MaximumLength(max).WithMessage($"{field} får vara högst {max} tecken.");

    public static void ValidRequiredText<T>(this IRuleBuilder<T, string?> rule, string missing, string field, int max = Limits.MaxTextLength) =>
        rule.Must(s => !string.IsNullOrWhiteSpace(s)).WithMessage(missing)
            .MaximumLength(max).WithMessage($"{field} får vara högst {max} tecken.");

    public static void ValidEstimate<T>(this IRuleBuilder<T, decimal?> rule) =>
        rule.GreaterThanOrEqualTo(0).WithMessage("Den bedömda besparingen kan inte vara negativ.")
            .LessThanOrEqualTo(Limits.MaxAmountTkr).WithMessage($"Den bedömda besparingen får vara högst {Limits.MaxAmountText} tkr.");

    /// <summary>"Ej beloppsatt" is a state of its own: it goes with no amount.</summary>
    public static void NotQuantifiedWithoutAmount<T>(this IRuleBuilder<T, bool?> rule, Func<T, decimal?> amount) =>
        rule.Must((command, notQuantified) => notQuantified != true || amount(command) is null)
            .WithMessage("Ange antingen ett belopp eller \"ej beloppsatt\", inte båda.");

    /// <summary>The day a decision was taken: optional (today when left out), a date, and not in the future.</summary>
    public static void ValidDecisionDate<T>(this IRuleBuilder<T, string?> rule, TimeProvider clock) =>
        rule.Must(s => s is null || TryParseDate(s, out _))
            .WithMessage($"Beslutsdatum måste vara ett datum på formen ÅÅÅÅ-MM-DD, mellan {Limits.FirstYear} och {Limits.LastYear}.")
            .Must(s => s is null || !TryParseDate(s, out var date) || date <= Infrastructure.SwedishTime.Today(clock))
            .WithMessage(_ => $"Beslutsdatum kan inte ligga i framtiden (i dag är det {Infrastructure.SwedishTime.Today(clock):yyyy-MM-dd}).");

    /// <summary>The day a decision was taken as the event records it: the day given, or today in Sweden.</summary>
    public static DateOnly DecidedOn(string? given, TimeProvider clock) =>
        TryParseDate(given, out var date) ? date : Infrastructure.SwedishTime.Today(clock);

    /// <summary>A department from the register (by name or abbreviation, any letter case).</summary>
    public static void ValidDepartment<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(s => !string.IsNullOrWhiteSpace(s)).WithMessage("Välj förvaltning eller avdelning.")
            .Must(s => string.IsNullOrWhiteSpace(s) || Departments.Departments.Find(s) is not null)
            .WithMessage((_, s) => Departments.Departments.Unknown(s));

    public static void ValidCommittee<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(s => !string.IsNullOrWhiteSpace(s)).WithMessage("Ange nämnd.")
            .Must(code => string.IsNullOrWhiteSpace(code) || Committees.IsKnown(code))
            .WithMessage((_, code) => $"Okänd nämnd '{code}'. Giltiga koder: {Committees.Codes}.");

    public static void ValidCode<T>(this IRuleBuilder<T, string?> rule, IReadOnlyDictionary<string, string> codes, string field) =>
        rule.Must(code => code is null || codes.ContainsKey(code))
            .WithMessage((_, code) => $"Okänd {field} '{code}'. Giltiga värden: {string.Join(", ", codes.Keys)}.");

    public static void ValidBudgetYear<T>(this IRuleBuilder<T, int?> rule) =>
        rule.NotNull().WithMessage("Ange budgetåret.")
            .InclusiveBetween(Limits.FirstYear, Limits.LastYear).WithMessage($"Budgetåret måste vara mellan {Limits.FirstYear} och {Limits.LastYear}.");

    /// <summary>A realised amount: given, above zero (<paramref name="zero"/> says what to do instead), and within bounds.</summary>
    public static void ValidRealisedAmount<T>(this IRuleBuilder<T, decimal?> rule, string missing, string zero) =>
        rule.NotNull().WithMessage(missing)
            .GreaterThan(0).WithMessage(zero)
            .LessThanOrEqualTo(Limits.MaxAmountTkr).WithMessage($"Beloppet får vara högst {Limits.MaxAmountText} tkr.");

    public static void ValidRecurring<T>(this IRuleBuilder<T, bool?> rule) =>
        rule.NotNull().WithMessage("Ange om besparingen är återkommande (true) eller engångs (false).");

    /// <summary>An optional date that may not lie before today in Sweden: a deadline already passed is a typing mistake.</summary>
    public static void ValidFutureDate<T>(this IRuleBuilder<T, string?> rule, string field, TimeProvider clock) =>
        rule.Must(s => s is null || TryParseDate(s, out _))
            .WithMessage($"{field} måste vara ett datum på formen ÅÅÅÅ-MM-DD, mellan {Limits.FirstYear} och {Limits.LastYear}.")
            .Must(s => s is null || !TryParseDate(s, out var date) || date >= Infrastructure.SwedishTime.Today(clock))
            .WithMessage(s => $"{field} kan inte ligga före i dag ({Infrastructure.SwedishTime.Today(clock):yyyy-MM-dd}).");

    /// <summary>
    /// A diarienummer, e.g. "KS 2024/123": short free text on one line, at most
    /// <see cref="Limits.MaxDiarienummerLength"/> characters once trimmed; blank is none.
    /// </summary>
    public static void ValidDiarienummer<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(s => s is null || s.Trim().Length <= Limits.MaxDiarienummerLength)
            .WithMessage($"Diarienumret får vara högst {Limits.MaxDiarienummerLength} tecken, t.ex. \"KS 2024/123\".")
            .Must(s => s is null || !s.Any(char.IsControl))
            .WithMessage("Diarienumret ska stå på en rad, utan radbrytningar, tabbar eller andra kontrolltecken.");

    /// <summary>Optional text as it is stored: trimmed, and null when blank.</summary>
    public static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    public static bool TryParseDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date)
        && date.Year is >= Limits.FirstYear and <= Limits.LastYear;
}
