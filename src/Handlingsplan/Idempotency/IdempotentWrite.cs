using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Handlingsplan.Access;
using JasperFx;
using JasperFx.CodeGeneration;
using JasperFx.CodeGeneration.Frames;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using Npgsql;
using Wolverine.Http;
using Wolverine.Http.CodeGen;

namespace Handlingsplan.Idempotency;

/// <summary>
/// A write sent with an <c>Idempotency-Key</c> runs once. Before the endpoint, the request takes a
/// transaction-scoped advisory lock on its key in the session's own transaction, so a second request
/// with the same key waits (up to <see cref="WaitForSameKey"/>) for the first to commit or fail; then
/// it looks the key up. A stored answer to the same request is replayed, one to another request is
/// refused (422). Otherwise the endpoint runs, and its answer is stored in the same session as its
/// events, so the key and the events commit together or not at all. Refusals (4xx) and failures
/// (5xx) write nothing and are not stored: sent again, they run again.
/// </summary>
public static class IdempotentWrite
{
    public const string Header = "Idempotency-Key";
    /// <summary>Set to <c>true</c> on an answer replayed from the store.</summary>
    public const string ReplayedHeader = "Idempotent-Replayed";
    public const int MaxKeyLength = 200;
    /// <summary>How long an answer is kept: a day of retries, with a day to spare.</summary>
    public static readonly TimeSpan KeptFor = TimeSpan.FromHours(48);
    /// <summary>How long a request waits for another with the same key before it is answered 409.</summary>
    public static readonly TimeSpan WaitForSameKey = TimeSpan.FromSeconds(5);
    static readonly TimeSpan CleanUpEvery = TimeSpan.FromMinutes(10);
    /// <summary>The first of the two advisory lock keys: this lock's own space ("IDEM").</summary>
    public const int LockSpace = 0x4944454D;
    static readonly object Pending = new();
    static long _nextCleanUp;

    sealed record KeyedRequest(string Id, string RequestHash, DateTimeOffset At, bool ReplacesExpired);

    /// <summary>Runs first in every write's chain; answers a replay, a refusal, or lets the write go on.</summary>
    public static async Task<IResult> BeforeAsync(HttpContext context, IDocumentSession session, TimeProvider clock)
    {
        if (!context.Request.Headers.TryGetValue(Header, out var values)) return WolverineContinue.Result();
        if (values.Count != 1 || !IsValidKey(values[0])) return InvalidKey();
        var ct = context.RequestAborted;
        var user = AppUser.From(context.User).Name;
        var (id, lockKey) = Identify(user, values[0]!);
        var requestHash = await RequestHashAsync(context.Request, user, ct);

        await session.BeginTransactionAsync(ct);
        if (!await TryLockAsync(session, lockKey, ct)) return BeingProcessed();

        var now = clock.GetUtcNow();
        var stored = await session.LoadAsync<StoredAnswer>(id, ct);
        var expired = stored is not null && stored.StoredAt <= now - KeptFor;
        if (stored is not null && !expired)
            return stored.RequestHash == requestHash ? new Replay(stored) : KeyUsedForAnotherRequest();

        context.Items[Pending] = new KeyedRequest(id, requestHash, now, expired);
        CleanUpNowAndThen(session, now);
        return WolverineContinue.Result();
    }

    /// <summary>Runs after the endpoint, before its session is saved: the answer joins the events' transaction.</summary>
    public static void Record<T>(HttpContext context, IDocumentSession session, T answer)
    {
        if (!context.Items.TryGetValue(Pending, out var pending) || pending is not KeyedRequest request || answer is null) return;
        // The status and Location the answer itself sets (201 for a creation), as Wolverine will write them.
        var probe = new DefaultHttpContext();
        if (answer is IHttpAware aware) aware.Apply(probe);
        if (probe.Response.StatusCode is < 200 or > 299) return;
        // The options Wolverine writes answers with: those of ConfigureHttpJsonOptions.
        var json = context.RequestServices.GetRequiredService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions;
        var location = probe.Response.Headers.Location.ToString();
        var stored = new StoredAnswer
        {
            Id = request.Id,
            RequestHash = request.RequestHash,
            Status = probe.Response.StatusCode,
            Location = location.Length > 0 ? location : null,
            Body = JsonSerializer.Serialize(answer, json),
            StoredAt = request.At,
        };
        if (request.ReplacesExpired) session.Store(stored);
        else session.Insert(stored);
    }

    /// <summary>The stored answer's id and the advisory lock's second key, both from SHA-256 of user and key.</summary>
    internal static (string Id, int Lock) Identify(string user, string key)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{user}\n{key}"));
        return (Convert.ToHexStringLower(hash), BitConverter.ToInt32(hash));
    }

    /// <summary>1–200 printable ASCII characters, e.g. a UUID.</summary>
    public static bool IsValidKey(string? key) =>
        key is { Length: > 0 and <= MaxKeyLength } && key.All(c => c is >= ' ' and <= '~');

    /// <summary>
    /// SHA-256 of the request as it matters for a retry: method, path, user and the body's bytes; for a
    /// form, its fields and files, since a form sent again is given a new multipart boundary.
    /// </summary>
    static async Task<string> RequestHashAsync(HttpRequest request, string user, CancellationToken ct)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes($"{request.Method.ToUpperInvariant()}\n{request.PathBase}{request.Path}\n{user}\n"));
        if (request.HasFormContentType)
        {
            // Read once here; the endpoint is handed the same form.
            var form = await request.ReadFormAsync(ct);
            foreach (var (name, values) in form.OrderBy(f => f.Key, StringComparer.Ordinal))
                hash.AppendData(Encoding.UTF8.GetBytes($"field\n{name.Length}:{name}\n{values.Count}\n{string.Concat(values.Select(v => $"{v?.Length}:{v}\n"))}"));
            foreach (var file in form.Files)
            {
                hash.AppendData(Encoding.UTF8.GetBytes($"file\n{file.Name.Length}:{file.Name}\n{file.FileName.Length}:{file.FileName}\n{file.ContentType}\n{file.Length}\n"));
                await using var content = file.OpenReadStream();
                var chunk = new byte[16 * 1024];
                int n;
                while ((n = await content.ReadAsync(chunk, ct)) > 0) hash.AppendData(chunk, 0, n);
            }
            return Convert.ToHexStringLower(hash.GetHashAndReset());
        }
        // The endpoint reads the body after this, so it is buffered and read from the start again.
        request.EnableBuffering();
        request.Body.Position = 0;
        var buffer = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(buffer, ct)) > 0) hash.AppendData(buffer, 0, read);
        request.Body.Position = 0;
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>
    /// Holds the key's lock until the session's transaction ends. False when another request with
    /// the key held it longer than <see cref="WaitForSameKey"/>.
    /// </summary>
    static async Task<bool> TryLockAsync(IDocumentSession session, int key, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(
            $"set local lock_timeout = {(int)WaitForSameKey.TotalMilliseconds}; select pg_advisory_xact_lock(@space, @key); set local lock_timeout to default",
            session.Connection);
        command.Parameters.AddWithValue("space", LockSpace);
        command.Parameters.AddWithValue("key", key);
        try
        {
            await command.ExecuteNonQueryAsync(ct);
            return true;
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.LockNotAvailable)
        {
            return false;
        }
    }

    /// <summary>Answers older than <see cref="KeptFor"/> are removed with a write, at most every few minutes.</summary>
    static void CleanUpNowAndThen(IDocumentSession session, DateTimeOffset now)
    {
        var due = Interlocked.Read(ref _nextCleanUp);
        if (now.UtcTicks < due || Interlocked.CompareExchange(ref _nextCleanUp, (now + CleanUpEvery).UtcTicks, due) != due) return;
        var cutoff = now - KeptFor;
        session.DeleteWhere<StoredAnswer>(a => a.StoredAt <= cutoff);
    }

    static IResult InvalidKey() => Results.ValidationProblem(
        new Dictionary<string, string[]>
        {
            [Header] = [$"Ange HTTP-huvudet {Header} en gång, som 1–{MaxKeyLength} skrivbara ASCII-tecken, t.ex. ett UUID."],
        },
        title: $"Ogiltigt {Header}",
        detail: $"HTTP-huvudet {Header} ska vara 1–{MaxKeyLength} skrivbara ASCII-tecken och skickas en gång. Inget har sparats.");

    static IResult KeyUsedForAnotherRequest() => Results.Problem(
        statusCode: StatusCodes.Status422UnprocessableEntity,
        title: $"{Header} redan använd",
        detail: $"Nyckeln i {Header} har redan använts för en annan begäran (en annan adress eller ett annat innehåll). Skicka en ny begäran med en ny nyckel. Inget har sparats.");

    /// <summary>Carries <c>Retry-After</c>: unlike other refusals, this one is to be sent again, with the same key.</summary>
    static IResult BeingProcessed() => new RetryAfter(Results.Problem(
        statusCode: StatusCodes.Status409Conflict,
        title: "Begäran behandlas redan",
        detail: $"En begäran med samma {Header} behandlas just nu. Vänta en stund och skicka den igen med samma nyckel. Inget har sparats."));

    sealed class RetryAfter(IResult problem) : IResult
    {
        public Task ExecuteAsync(HttpContext context)
        {
            context.Response.Headers.RetryAfter = "1";
            return problem.ExecuteAsync(context);
        }
    }

    /// <summary>The first answer again: status, Location and body as stored.</summary>
    sealed class Replay(StoredAnswer answer) : IResult
    {
        public Task ExecuteAsync(HttpContext context)
        {
            var response = context.Response;
            response.StatusCode = answer.Status;
            if (answer.Location is not null) response.Headers.Location = answer.Location;
            response.Headers[ReplayedHeader] = "true";
            response.ContentType = "application/json; charset=utf-8";
            return response.WriteAsync(answer.Body, Encoding.UTF8, context.RequestAborted);
        }
    }
}

/// <summary>Marks an endpoint that takes an <c>Idempotency-Key</c>; the API description lists the header on it.</summary>
public sealed class AcceptsIdempotencyKey;

/// <summary>
/// Puts <see cref="IdempotentWrite"/> into every write of a signed-in user: each POST under
/// <c>/api/</c>, except those open without sign-in (the token endpoint) and those whose answer holds
/// a secret that must not be stored (a new display link).
/// </summary>
public sealed class IdempotencyPolicy : IHttpPolicy
{
    public static bool IsWrite(HttpChain chain) =>
        chain.HttpMethods.Contains(HttpMethods.Post)
        && chain.RoutePattern?.RawText?.StartsWith("/api/", StringComparison.Ordinal) == true
        && !chain.Method.Method.IsDefined(typeof(AllowAnonymousAttribute), inherit: true)
        && !chain.Method.Method.IsDefined(typeof(Access.Display.AnswerHoldsSecretAttribute), inherit: true);

    public void Apply(IReadOnlyList<HttpChain> chains, GenerationRules rules, IServiceContainer container)
    {
        foreach (var chain in chains.Where(IsWrite))
        {
            var answer = chain.Method.Creates.FirstOrDefault(v => v.VariableType == chain.ResourceType);
            if (answer is null || chain.ResourceType!.IsAssignableTo(typeof(IResult)))
                throw new InvalidOperationException($"The write {chain.RoutePattern!.RawText} must answer a typed body, so that a retry can be answered the same.");

            var before = new MethodCall(typeof(IdempotentWrite), typeof(IdempotentWrite).GetMethod(nameof(IdempotentWrite.BeforeAsync))!);
            chain.Middleware.InsertRange(0, [before, new MaybeEndWithResultFrame(before.ReturnVariable!)]);

            var record = new MethodCall(typeof(IdempotentWrite), typeof(IdempotentWrite).GetMethod(nameof(IdempotentWrite.Record))!.MakeGenericMethod(chain.ResourceType));
            record.Arguments[2] = answer;
            // First among the postprocessors, so before the one that saves the session.
            chain.Postprocessors.Insert(0, record);

            chain.Metadata.WithMetadata(new AcceptsIdempotencyKey());
        }
    }
}
