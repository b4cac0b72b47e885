using System.Text.RegularExpressions;
using Handlingsplan.Tests.Browser;

namespace Handlingsplan.Tests.Architecture;

/// <summary>
/// The modules depend on each other only as docs/architecture.md allows, and never both ways. Read
/// from the source: a module uses another when one of its files names the other's namespace.
/// </summary>
public sealed class ModuleBoundaryTests
{
    static readonly string Source = Path.Combine(BrowserFixture.RepositoryRoot, "src", "Handlingsplan");

    /// <summary>The table under "Which module may use which" in docs/architecture.md.</summary>
    static Dictionary<string, HashSet<string>> Allowed()
    {
        var doc = File.ReadAllLines(Path.Combine(BrowserFixture.RepositoryRoot, "docs", "architecture.md"));
        var start = Array.FindIndex(doc, l => l.StartsWith("## Which module may use which"));
        return doc.Skip(start).SkipWhile(l => !l.StartsWith('|')).TakeWhile(l => l.StartsWith('|')).Skip(2)
            .Select(l => l.Split('|', StringSplitOptions.TrimEntries))
            .ToDictionary(
                cells => cells[1].Trim('`'),
                cells => cells[2].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(m => m.Trim('`')).Where(m => m != "–").ToHashSet());
    }

    static Dictionary<string, HashSet<string>> Actual(IReadOnlyCollection<string> modules)
    {
        var uses = modules.ToDictionary(m => m, _ => new HashSet<string>());
        foreach (var file in Directory.EnumerateFiles(Source, "*.*", SearchOption.AllDirectories)
                     .Where(f => f.EndsWith(".cs") || f.EndsWith(".cshtml"))
                     .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}")))
        {
            var module = Path.GetRelativePath(Source, file).Split(Path.DirectorySeparatorChar)[0];
            if (!uses.ContainsKey(module)) continue;
            var text = File.ReadAllText(file);
            foreach (var other in modules.Where(m => m != module))
            {
                if (Regex.IsMatch(text, $@"(using Handlingsplan\.{other}\b|Handlingsplan\.{other}\.|(?<![\w.]){other}\.[A-Z])")) uses[module].Add(other);
            }
        }
        return uses;
    }

    [Fact]
    public void Every_module_uses_only_what_the_architecture_allows()
    {
        var allowed = Allowed();
        var folders = Directory.EnumerateDirectories(Source).Select(Path.GetFileName).Where(d => d is not ("bin" or "obj" or "node_modules" or "wwwroot" or "Properties" or "Internal")).ToList();
        Assert.Equal(folders.Order(), allowed.Keys.Order());

        foreach (var (module, uses) in Actual(allowed.Keys))
            Assert.True(uses.IsSubsetOf(allowed[module]), $"{module} uses {string.Join(", ", uses.Except(allowed[module]))}, which docs/architecture.md does not allow");
    }

    [Fact]
    public void No_two_modules_may_use_each_other()
    {
        var allowed = Allowed();
        foreach (var (module, uses) in allowed)
            foreach (var other in uses)
                Assert.False(allowed.GetValueOrDefault(other)?.Contains(module) ?? false, $"{module} and {other} may use each other");
    }
}
