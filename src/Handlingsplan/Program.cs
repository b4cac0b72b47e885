using FluentValidation;
using Handlingsplan;
using Handlingsplan.Dashboard;
using Handlingsplan.Infrastructure;
using Handlingsplan.Measures;
using Handlingsplan.Plan;
using JasperFx;
using JasperFx.Events.Daemon;
using Marten;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;

var builder = WebApplication.CreateBuilder(args);

if (Database.MissingPrerequisite(builder.Configuration) is { } problem)
{
    Console.Error.WriteLine(problem);
    return 1;
}

builder.Services.AddSingleton<Database>();
builder.Services.AddSingleton(TimeProvider.System);

builder.Services.AddMarten(services =>
    {
        var options = new StoreOptions();
        options.Connection(services.GetRequiredService<Database>().ConnectionString);
        options.UseSystemTextJsonForSerialization(configure: Json.Configure);
        options.Events.MetadataConfig.UserNameEnabled = true;
        options.AddMeasures();
        options.AddDashboard();
        return options;
    })
    .UseLightweightSessions()
    .ApplyAllDatabaseChangesOnStartup()
    .AddAsyncDaemon(DaemonMode.Solo)
    .AddDashboardBroadcast()
    .IntegrateWithWolverine();

builder.Services.AddHostedService<PlanImportOnStartup>();

builder.Host.UseWolverine(options =>
{
    options.UseRuntimeCompilation();
    options.Durability.Mode = DurabilityMode.Solo;
});

builder.Services.AddWolverineHttp();
builder.Services.AddValidatorsFromAssemblyContaining<Program>();
builder.Services.ConfigureHttpJsonOptions(o => Json.Configure(o.SerializerOptions));
builder.Services.AddProblemDetails();
builder.Services.AddSignalR().AddJsonProtocol(o => Json.Configure(o.PayloadSerializerOptions));

var app = builder.Build();

app.UseExceptionHandler();
app.MapWolverineEndpoints(options => options.AddPolicy<ValidationPolicy>());
app.MapHub<DashboardHub>(DashboardHub.Path);

return await app.RunJasperFxCommands(args);

public partial class Program;
