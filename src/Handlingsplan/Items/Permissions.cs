using Handlingsplan.Access;

namespace Handlingsplan.Items;

/// <summary>
/// Who may do what to an item, as pure functions over the steps' own descriptions. Kommunledning may
/// take every step. A förvaltningschef may propose for their own nämnd, and may take the steps marked
/// <see cref="Taker.Owner"/> on an item that belongs to their nämnd or is assigned to their department;
/// the decisions stay with kommunledning. A revisor writes nothing.
/// </summary>
public static class Permissions
{
    public static bool InScope(AppUser user, Item item) =>
        (user.Committee is not null && string.Equals(item.Committee, user.Committee, StringComparison.OrdinalIgnoreCase)) ||
        (user.Department is not null && item.IsCarriedBy(user.Department)) ||
        // An item given to every förvaltning is each förvaltningschef's to carry.
        (user.Role == Roles.DepartmentHead && user.Department is not null &&
         new[] { item.Department }.Concat(item.Together).Any(d => Departments.Departments.Find(d)?.IsEveryDepartment == true));

    public static bool CanPropose(AppUser user, string? committee) =>
        user.IsManagement ||
        (user.Role == Roles.DepartmentHead && committee is not null && string.Equals(committee, user.Committee, StringComparison.OrdinalIgnoreCase));

    public static bool CanTake(AppUser user, Item item, Step step) =>
        user.IsManagement || (user.Role == Roles.DepartmentHead && step.Who == Taker.Owner && InScope(user, item));

    /// <summary>Why a write outside the steps is refused: the auditor's reason for a revisor, otherwise <paramref name="otherwise"/>.</summary>
    public static string Refusal(AppUser user, string otherwise) => user.Role == Roles.Auditor ? WhyNot(user, null, null) : otherwise;

    /// <summary>The Swedish reason a step (or, with no step, any change) is refused to this user.</summary>
    public static string WhyNot(AppUser user, Item? item, Step? step) => user.Role switch
    {
        Roles.Auditor => Roles.AuditorMayNotChange,
        Roles.DepartmentHead when step is { Who: Taker.Management } => $"Att {step.Verb} är ett beslut för kommunledningen.",
        Roles.DepartmentHead when item is not null =>
            $"Posten hör till {item.Committee}{(item.Department is null ? "" : $" ({item.Department})")}; du kan ändra poster som hör till {user.Committee} eller är tilldelade {user.Department}.",
        Roles.DepartmentHead => $"Du kan föreslå poster för {user.Committee}.",
        _ => "Din roll har inte behörighet till detta.",
    };
}
