// Benchmarks of the app on loopback, each against a private PostgreSQL in a temporary folder:
//   dotnet run -c Release --project bench/Handlingsplan.Benchmarks -- live [realisations=50] [burst=1000]
//   dotnet run -c Release --project bench/Handlingsplan.Benchmarks -- audit [items=2000]
//   dotnet run -c Release --project bench/Handlingsplan.Benchmarks -- faults [items=40] [writers=8] [writes=1500]
//   dotnet run -c Release --project bench/Handlingsplan.Benchmarks -- race [items=5] [writers=50] [seconds=20]
//   dotnet run -c Release --project bench/Handlingsplan.Benchmarks -- scale [events=1000000]
//   dotnet run -c Release --project bench/Handlingsplan.Benchmarks -- commands [clients=8] [seconds=20] [history=0]
//   dotnet run -c Release --project bench/Handlingsplan.Benchmarks -- floor [clients=8] [seconds=10] [rounds=2]
//   dotnet run -c Release --project bench/Handlingsplan.Benchmarks -- start [starts=5]
//   dotnet run -c Release --project bench/Handlingsplan.Benchmarks -- dashboards [clients=2000] [pushes=20]
//   dotnet run -c Release --project bench/Handlingsplan.Benchmarks -- tenants [tenants=300] [events=2000] [commands=100]
namespace Handlingsplan.Benchmarks;

// Not top-level statements: those would make a "Program" of their own and hide the app's.
public static class Bench
{
    public static Task Main(string[] args) => args switch
    {
        ["audit", .. var rest] => AuditReplay.RunAsync(rest),
        ["live", .. var rest] => LiveUpdates.RunAsync(rest),
        ["faults", .. var rest] => FaultSuite.RunAsync(rest),
        ["race", .. var rest] => RaceSuite.RunAsync(rest),
        ["scale", .. var rest] => Scale.RunAsync(rest),
        ["commands", .. var rest] => Commands.RunAsync(rest),
        ["floor", .. var rest] => Floor.RunAsync(rest),
        ["notices", .. var rest] => NoticeSweep.RunAsync(rest),
        ["start", .. var rest] => Footprint.StartAsync(rest),
        ["dashboards", .. var rest] => Footprint.DashboardsAsync(rest),
        ["tenants", .. var rest] => Tenants.RunAsync(rest),
        _ => LiveUpdates.RunAsync(args),
    };
}
