using System.Text.Json;
using Handlingsplan.Tenancy;
using Marten;

namespace Handlingsplan.Plan;

/// <summary>
/// <c>tenant add --code lerum --name "Lerums kommun" [--plan plan.json] [--ambition 50000]</c>: adds a
/// municipality with its own plan (the file's, in the shape of the shipped <c>Plan/plan.json</c>, with
/// its nämnder under <c>committees</c>; or an empty plan) and, with the built-in sign-in, its own demo
/// accounts. <c>tenant list</c> lists them. Adding a code that exists changes nothing.
/// </summary>
public static class MunicipalityCommand
{
    public const string Usage = """
        tenant add --code <kod> --name "<namn>" [--plan <plan.json>] [--ambition <tkr>]
        tenant list
        """;

    /// <summary>A plan file's own list of nämnder, beside the plan.</summary>
    sealed record RegistersInFile(IReadOnlyList<Committee>? Committees, IReadOnlyList<DepartmentEntry>? Departments, KoladaIdentity? Kolada);

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output)
    {
        var registry = services.GetRequiredService<MunicipalityRegistry>();
        if (args is [_, "list", ..])
        {
            foreach (var m in await registry.AllAsync()) output.WriteLine($"{m.Id}\t{m.Name}\t{m.Committees.Count} nämnder");
            return 0;
        }
        if (args is not [_, "add", ..])
        {
            output.WriteLine(Usage);
            return 2;
        }

        string? Option(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        var code = Option("--code");
        var name = Option("--name");
        if (Municipalities.ProblemWithCode(code) is { } problem) { output.WriteLine(problem); return 2; }
        if (string.IsNullOrWhiteSpace(name)) { output.WriteLine("Ange kommunens namn med --name."); return 2; }

        PlanData plan;
        RegistersInFile? registers = null;
        if (Option("--plan") is { } file)
        {
            if (!File.Exists(file)) { output.WriteLine($"Planfilen {file} finns inte."); return 2; }
            plan = PlanImport.ReadFile(file);
            registers = JsonSerializer.Deserialize<RegistersInFile>(File.ReadAllText(file), new JsonSerializerOptions(JsonSerializerDefaults.Web));
        }
        else
        {
            var ambition = decimal.TryParse(Option("--ambition"), System.Globalization.CultureInfo.InvariantCulture, out var tkr) ? tkr : 0;
            plan = PlanImport.Empty(ambition, DateTime.Today.Year);
        }

        var (municipality, added) = await registry.AddAsync(code!, name, registers?.Committees, registers?.Departments, registers?.Kolada);
        if (!added)
        {
            output.WriteLine($"Kommunen {municipality.Id} ({municipality.Name}) finns redan; inget ändrades.");
            return 0;
        }
        var import = await PlanImport.RunAsync(services.GetRequiredService<IDocumentStore>(), municipality.TenantId, plan,
            withShippedGenomlysningar: municipality.IsDefault);
        output.WriteLine($"Lade till {municipality.Name} ({municipality.Id}): {import.StreamsStarted} strömmar, {import.EventsAppended} händelser.");

        if (services.GetRequiredService<Access.AccessSettings>().BuiltInSignIn)
        {
            var accounts = services.GetRequiredService<Access.Accounts>().AddDemo(municipality);
            if (accounts.Count > 0)
                output.WriteLine("Demokonton:\n" + string.Concat(accounts.Select(a => $"{a.Username} {a.Password}\n")));
        }
        return 0;
    }
}
