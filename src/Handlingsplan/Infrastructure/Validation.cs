using FluentValidation;
using JasperFx;
using JasperFx.CodeGeneration;
using JasperFx.CodeGeneration.Frames;
using Wolverine.Http;
using Wolverine.Http.CodeGen;

namespace Handlingsplan.Infrastructure;

/// <summary>
/// Runs the FluentValidation validator of an endpoint's request body before the endpoint, and
/// answers 400 problem+json when it fails, so that nothing is written.
/// </summary>
public sealed class ValidationPolicy : IHttpPolicy
{
    readonly HashSet<Type> _validatedTypes = typeof(ValidationPolicy).Assembly.GetTypes()
        .Where(t => t is { IsAbstract: false, IsGenericTypeDefinition: false })
        .SelectMany(t => t.GetInterfaces())
        .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IValidator<>))
        .Select(i => i.GetGenericArguments()[0])
        .ToHashSet();

    public void Apply(IReadOnlyList<HttpChain> chains, GenerationRules rules, IServiceContainer container)
    {
        foreach (var chain in chains.Where(c => c.RequestType is not null && _validatedTypes.Contains(c.RequestType)))
        {
            var method = typeof(ValidationStep).GetMethod(nameof(ValidationStep.ValidateAsync))!.MakeGenericMethod(chain.RequestType!);
            var call = new MethodCall(typeof(ValidationStep), method);
            chain.Middleware.InsertRange(0, [call, new MaybeEndWithResultFrame(call.ReturnVariable!)]);
        }
    }
}

public static class ValidationStep
{
    public static async Task<IResult> ValidateAsync<T>(T request, IValidator<T> validator)
    {
        var result = await validator.ValidateAsync(request);
        if (result.IsValid) return WolverineContinue.Result();
        var errors = result.Errors
            .GroupBy(e => JsonName(e.PropertyName))
            .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).Distinct().ToArray());
        return Problems.Invalid(errors);
    }

    static string JsonName(string propertyName) =>
        string.IsNullOrEmpty(propertyName) ? "" : char.ToLowerInvariant(propertyName[0]) + propertyName[1..];
}
