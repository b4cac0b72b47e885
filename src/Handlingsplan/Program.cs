using FluentValidation;
using Handlingsplan;
using Handlingsplan.Access;
using Handlingsplan.Access.Display;
using Handlingsplan.Audit;
using Handlingsplan.Dashboard;
using Handlingsplan.Genomlysningar;
using Handlingsplan.Idempotency;
using Handlingsplan.Infrastructure;
using Handlingsplan.Items;
using Handlingsplan.Meetings;
using Handlingsplan.Notices;
using Handlingsplan.Plan;
using Handlingsplan.Tenancy;
using JasperFx;
using JasperFx.CodeGeneration;
using JasperFx.Events.Daemon;
using Marten;
using Scalar.AspNetCore;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;

var builder = WebApplication.CreateBuilder(args);

if (Database.MissingPrerequisite(builder.Configuration) is { } problem)
{
    Console.Error.WriteLine(problem);
    return 1;
}
await Database.StartLocalServerUnlessConfiguredAsync(builder);
// With a role of its own for the app's queries, the owner's schema changes come before anything else.
builder.Services.AddSchemaChangesAsOwner(builder.Configuration);

builder.AddAccess();
builder.Services.AddSingleton(TimeProvider.System);

// Production loads the handlers generated at build time (`codegen write` in ops/Dockerfile) and
// fails at start-up if one is missing; development compiles them at run time.
builder.Services.CritterStackDefaults(options =>
{
    options.Production.GeneratedCodeMode = TypeLoadMode.Static;
    options.Production.AssertAllPreGeneratedTypesExist = true;
    options.Development.GeneratedCodeMode = TypeLoadMode.Dynamic;
});

// Registered before Marten so that Wolverine has started before the projection daemon, which
// publishes the dashboard's pushes through it.
builder.Host.UseWolverine(options =>
{
    // The endpoints live here, whichever assembly started the process (a test or benchmark host).
    options.ApplicationAssembly = typeof(Program).Assembly;
    options.UseRuntimeCompilation();
    options.UseDurabilityModeOf(builder.Configuration);
    options.AddDashboardPush();
    options.AddNotices();
});

builder.Services.AddMarten(services =>
    {
        var options = new StoreOptions();
        options.ConnectAsTheApp(services.GetRequiredService<IConfiguration>());
        options.StoreEventsAsTheAppDoes();
        // What municipalities share with each other; every other document is a municipality's own.
        options.AddTenancy(typeof(Handlingsplan.Items.Sharing.SharedMeasure));
        options.AddItems();
        options.AddGenomlysningar();
        options.AddMeetings();
        options.AddNotices();
        options.AddDashboard(services);
        options.AddAudit();
        options.AddIdempotency();
        options.AddDisplayLinks();
        return options;
    })
    .BuildSessionsWith<MunicipalitySessions>()
    .ApplySchemaChangesOnStartup(builder.Configuration)
    .AddAsyncDaemonUnlessClustered(builder.Configuration)
    .AddAuditChain()
    .AddNoticeSubscription()
    .IntegrateWithWolverine(Cluster.Distribution(builder.Configuration));

builder.Services.AddMunicipalities();
// A store written before there were municipalities is brought to their shape before anything compares it.
builder.Services.AddTenancyUpgrade();
builder.Services.AddKolada(builder.Configuration);
builder.Services.AddNotices(builder.Configuration);
builder.Services.AddHostedService<ItemDocumentsUpgrade>();
builder.Services.AddHostedService<PlanImportOnStartup>();

builder.Services.AddWolverineHttp();
// Validators hold no state: one of each, built once, rather than one a request.
builder.Services.AddValidatorsFromAssemblyContaining<Program>(ServiceLifetime.Singleton);
builder.Services.ConfigureHttpJsonOptions(o =>
{
    Json.Configure(o.SerializerOptions);
    // Amounts, years and versions are JSON numbers: "7" as text is refused, not read as 7.
    o.SerializerOptions.NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.Strict;
});
builder.Services.AddProblemDetails(options => options.CustomizeProblemDetails = ProblemDefaults.InSwedish);
builder.Services.AddExceptionHandler<ConcurrentChangeHandler>();
builder.Services.AddExceptionHandler<DatabaseUnavailableHandler>();
builder.Services.AddExceptionHandler<Handlingsplan.Genomlysningar.KeyFigures.KoladaUnreachableHandler>();
builder.Services.AddExpectedOutcomeLogging();
builder.Services.AddOpenApi(options => Paging.AddPagingDescription(options.AddIdempotencyKeyHeader()).AddFormatDescription().AddUploadFormDescription().AddDocumentTransformer((document, _, _) =>
{
    document.Info.Title = "Handlingsplan API";
    document.Info.Description = "Follow a municipality's action plan: measures, shifts and investigations from proposal to realised savings.";
    return Task.CompletedTask;
}));
builder.Services.AddRazorPages();
builder.Services.AddSignalR().AddJsonProtocol(o => Json.Configure(o.PayloadSerializerOptions));
// More than one node (ConnectionStrings:Redis): SignalR through Redis, shared data protection keys.
builder.Services.AddCluster(builder.Configuration);

var app = builder.Build();

app.UseExceptionHandler();
app.UseStatusCodePages();
// The web app's own pages answer an unknown address or item with a Swedish page in the site's layout;
// the API keeps the problem+json above.
app.UseWhen(Handlingsplan.Pages.Errors.StatusModel.IsPageRequest, pages => pages.UseStatusCodePagesWithReExecute("/fel/{0}"));
app.UseSecurityHeaders();
app.UseStaticFiles();
// Routing comes after the status pages, so that the error page is routed anew when it is re-executed.
app.UseRouting();
app.UseAuthentication();
app.UseMunicipality();
app.UseAuthorization();
app.UseRateLimiter();
app.UseRequestGuard();
app.MapWolverineEndpoints(options =>
{
    options.DetectMunicipality();
    options.AddPolicy<ValidationPolicy>();
    options.AddItemSteps();
    options.AddIdempotentWrites();
});
app.MapRazorPages();
app.MapHub<DashboardHub>(DashboardHub.Path).RequireAuthorization(AccessConfiguration.ReadDashboardData);
app.MapOpenApi().AllowAnonymous();
app.MapScalarApiReference("/api-docs").AllowAnonymous();

if (args is ["import", ..])
{
    // On demand: load whatever of the shipped plan the database lacks, then stop.
    await DatabaseRoles.ApplySchemaChangesAsync(app.Services);
    var result = await PlanImport.RunAsync(app.Services.GetRequiredService<IDocumentStore>());
    Console.WriteLine($"Import: {result.StreamsStarted} streams started, {result.EventsAppended} events appended.");
    await app.DisposeAsync();
    return 0;
}

if (args is ["tenant", ..])
{
    // Add or list the municipalities this installation serves.
    await DatabaseRoles.ApplySchemaChangesAsync(app.Services);
    var exitCode = await MunicipalityCommand.RunAsync(app.Services, args, Console.Out);
    await app.DisposeAsync();
    return exitCode;
}

if (args is ["verify", ..])
{
    // Walk the hash chain over the event store and report; exit code 1 when it is broken.
    var exitCode = await Handlingsplan.Audit.Verifying.VerifyChainEndpoint.RunAsync(app.Services, args, Console.Out);
    await app.DisposeAsync();
    return exitCode;
}

return await app.RunJasperFxCommands(args);

public partial class Program;
