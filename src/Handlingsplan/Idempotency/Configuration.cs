using Marten;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Wolverine.Http;

namespace Handlingsplan.Idempotency;

public static class Configuration
{
    /// <summary>The stored answers, with their time in a column of its own for the clean-up.</summary>
    public static StoreOptions AddIdempotency(this StoreOptions options)
    {
        options.Schema.For<StoredAnswer>().Duplicate(a => a.StoredAt);
        return options;
    }

    /// <summary>Every write takes an <c>Idempotency-Key</c>; registered after the other policies, so it runs first.</summary>
    public static void AddIdempotentWrites(this WolverineHttpOptions options) => options.AddPolicy<IdempotencyPolicy>();

    /// <summary>The API description lists the optional header on every write that takes it.</summary>
    public static OpenApiOptions AddIdempotencyKeyHeader(this OpenApiOptions options) => options.AddOperationTransformer((operation, context, _) =>
    {
        if (context.Description.ActionDescriptor.EndpointMetadata?.OfType<AcceptsIdempotencyKey>().Any() != true) return Task.CompletedTask;
        operation.Parameters ??= [];
        operation.Parameters.Add(new OpenApiParameter
        {
            Name = IdempotentWrite.Header,
            In = ParameterLocation.Header,
            Required = false,
            Description =
                $"Optional, 1–{IdempotentWrite.MaxKeyLength} printable ASCII characters (e.g. a UUID), new for each write. " +
                $"A retry with the same key and body gets the first answer again (with `{IdempotentWrite.ReplayedHeader}: true`) and writes nothing; " +
                $"the same key with another body is refused with 422. Kept {IdempotentWrite.KeptFor.TotalHours:0} hours, per user.",
            Schema = new OpenApiSchema { Type = JsonSchemaType.String, MinLength = 1, MaxLength = IdempotentWrite.MaxKeyLength },
        });
        return Task.CompletedTask;
    });
}
