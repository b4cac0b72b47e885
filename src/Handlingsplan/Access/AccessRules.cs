using Handlingsplan.Items;

namespace Handlingsplan.Access;

/// <summary>
/// Who may do what, in one place, as pure functions. Kommunledning may take every step. A
/// förvaltningschef may propose for their own nämnd, and may follow up, realise, revise the estimate,
/// conclude and complete an item that belongs to their nämnd or is assigned to their department;
/// the decisions (prioritise, decline, assign, cancel) stay with kommunledning. A revisor writes nothing.
/// </summary>
public static class AccessRules
{
    static readonly LifecycleStep[] DepartmentHeadSteps =
    [
        LifecycleStep.FollowUp, LifecycleStep.Realise, LifecycleStep.ReviseEstimate,
        LifecycleStep.Complete, LifecycleStep.Conclude, LifecycleStep.ProposeMeasure,
    ];

    public static bool IsManagement(AppUser user) => user.Role == Roles.Management;

    public static bool InScope(AppUser user, Item item) =>
        (user.Committee is not null && string.Equals(item.Committee, user.Committee, StringComparison.OrdinalIgnoreCase)) ||
        (user.Department is not null && string.Equals(item.Department, user.Department, StringComparison.OrdinalIgnoreCase));

    public static bool CanPropose(AppUser user, string? committee) =>
        IsManagement(user) ||
        (user.Role == Roles.DepartmentHead && committee is not null && string.Equals(committee, user.Committee, StringComparison.OrdinalIgnoreCase));

    public static bool CanTake(AppUser user, Item item, LifecycleStep step) =>
        IsManagement(user) || (user.Role == Roles.DepartmentHead && DepartmentHeadSteps.Contains(step) && InScope(user, item));

    public static bool CanRecordBuffers(AppUser user) => IsManagement(user);

    /// <summary>The Swedish reason a step is refused to this user.</summary>
    public static string WhyNot(AppUser user, Item? item, LifecycleStep? step) => user.Role switch
    {
        Roles.Auditor => "Som revisor kan du läsa allt men inte ändra något.",
        Roles.DepartmentHead when step is { } s && !DepartmentHeadSteps.Contains(s) =>
            $"Att {Items.Swedish.Step(s)} är ett beslut för kommunledningen.",
        Roles.DepartmentHead when item is not null =>
            $"Posten hör till {item.Committee}{(item.Department is null ? "" : $" ({item.Department})")}; du kan ändra poster som hör till {user.Committee} eller är tilldelade {user.Department}.",
        Roles.DepartmentHead => $"Du kan föreslå poster för {user.Committee}.",
        _ => "Din roll har inte behörighet till detta.",
    };
}
