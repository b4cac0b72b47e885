using System.Security.Claims;
using Handlingsplan.Access;
using Handlingsplan.Infrastructure;
using JasperFx;
using JasperFx.CodeGeneration;
using JasperFx.CodeGeneration.Frames;
using Marten;
using JasperFx.Events;
using Wolverine.Http;
using Wolverine.Http.CodeGen;

namespace Handlingsplan.Items;

/// <summary>
/// The one check before every step's pure decision, in this order: the route's kind matches the
/// item, the caller may take the step, the caller read the current version, and the lifecycle allows
/// the step now. Each failure is an answer (problem+json), never an exception, and nothing is written.
/// </summary>
public static class StepGuard
{
    /// <summary>Pure: the answer that stops the step, or null when it may go on.</summary>
    public static IResult? Check(string segment, Guid id, Step step, Item? item, long currentVersion, long? expectedVersion, AppUser user)
    {
        if (Kinds.BySegment(segment) is not { } kind) return Kinds.Unknown(segment);
        if (item is null || item.Kind != kind.Kind) return Problems.NotFound(kind.Indefinite, id);
        if (!Permissions.CanTake(user, item, step)) return Problems.Forbidden(Permissions.WhyNot(user, item, step));
        if (expectedVersion is { } expected && expected != currentVersion) return Problems.StaleVersion(expected, currentVersion);
        return Lifecycle.Check(item, step) is { } refusal ? Refused(refusal) : null;
    }

    /// <summary>Runs after Wolverine has loaded the item for writing, before the endpoint decides; see <see cref="StepPolicy"/>.</summary>
    public static IResult Before<TStep, TCommand>(
        string kind, Guid id, TCommand command, IEventStream<Item> stream, ClaimsPrincipal principal, IDocumentSession session)
        where TStep : IStep where TCommand : IStepCommand
    {
        var user = AppUser.From(principal);
        if (Check(kind, id, TStep.Step, stream.Aggregate, stream.CurrentVersion ?? 0, command.ExpectedVersion, user) is { } stop) return stop;
        if (TStep.Step.CheckCommand?.Invoke(stream.Aggregate!, command) is { } wrong)
            return Problems.Invalid(new Dictionary<string, string[]> { [wrong.Field] = [wrong.Message] });
        session.StampWith(user);
        return WolverineContinue.Result();
    }

    public static IResult Refused(Refusal refusal) => Results.Problem(
        statusCode: StatusCodes.Status409Conflict,
        title: "Steget är inte tillåtet",
        detail: refusal.Message,
        extensions: new Dictionary<string, object?>
        {
            ["currentStatus"] = refusal.CurrentStatus,
            ["allowedSteps"] = refusal.AllowedSteps,
        });
}

/// <summary>
/// Puts <see cref="StepGuard.Before{TStep,TCommand}"/> into every step's endpoint, after the item is
/// loaded and before the endpoint's own methods (its <c>Before</c> and <c>LoadAsync</c>, if it has
/// any), so no step can forget a check and a step's own refusals come after the shared ones.
/// </summary>
public sealed class StepPolicy : IHttpPolicy
{
    public void Apply(IReadOnlyList<HttpChain> chains, GenerationRules rules, IServiceContainer container)
    {
        foreach (var chain in chains.Where(c => c.Method.HandlerType.IsAssignableTo(typeof(IStep))))
        {
            // A step whose command is read from a form (an attachment) runs the same check in its own Before, once the form is read.
            if (chain.Method.Method.GetParameters().Any(p => p.IsDefined(typeof(NotBodyAttribute), false) && p.ParameterType.IsAssignableTo(typeof(IStepCommand))))
                continue;
            if (chain.RequestType is not { } command || !command.IsAssignableTo(typeof(IStepCommand)))
                throw new InvalidOperationException($"The step {chain.Method.HandlerType.Name} must take a body that implements {nameof(IStepCommand)}.");
            var method = typeof(StepGuard).GetMethod(nameof(StepGuard.Before))!.MakeGenericMethod(chain.Method.HandlerType, command);
            var call = new MethodCall(typeof(StepGuard), method);
            // Before the step's own checks (a step that loads another stream checks it after), after the item is loaded.
            var own = chain.Middleware.FindIndex(f => f is MethodCall m && m.HandlerType == chain.Method.HandlerType);
            chain.Middleware.InsertRange(own < 0 ? chain.Middleware.Count : own, [call, new MaybeEndWithResultFrame(call.ReturnVariable!)]);
        }
    }
}
