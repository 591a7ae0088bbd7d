using System.Xml.Linq;

namespace Employment.Tests.Architecture;

/// <summary>
/// Dependencies point one way: nothing references the site, and production code (Core, Matching, the site in Release)
/// never carries the demo world or the development PostgreSQL tools (docs/decisions/0030).
/// </summary>
public sealed class ProjectReferenceTests
{
    private const string Web = "Employment.Web";
    private const string Development = "Employment.Development";
    private const string Seed = "Employment.Seed";
    private const string DebugOnly = "'$(Configuration)' == 'Debug'";
    private static readonly string[] Production = ["Employment.Core", "Employment.Matching", Web];

    [Fact]
    public void NoProjectInSrcOrSeedReferencesTheSite()
    {
        var offending = ProductProjects().SelectMany(p => p.References.Where(r => r.Project == Web).Select(_ => p.Name));

        Assert.Empty(offending);
    }

    [Fact]
    public void ProductionProjectsReferenceNeitherTheDemoWorldNorTheDevelopmentTools()
    {
        var offending = ProductProjects()
            .Where(p => Production.Contains(p.Name))
            .SelectMany(p => p.References
                .Where(r => r.Project == Seed || (r.Project == Development && !(p.Name == Web && r.Condition == DebugOnly)))
                .Select(r => $"{p.Name} -> {r.Project} (condition: '{r.Condition}')"));

        Assert.Empty(offending);
    }

    [Fact]
    public void TheSiteReferencesTheDevelopmentToolsInDebugBuildsOnly()
    {
        var site = ProductProjects().Single(p => p.Name == Web);

        Assert.Equal([DebugOnly], site.References.Where(r => r.Project == Development).Select(r => r.Condition));
    }

    [Fact]
    public void TheSiteAssemblyReferencesNoDemoOrDevelopmentAssembly()
    {
        var referenced = typeof(Program).Assembly.GetReferencedAssemblies().Select(a => a.Name);

        Assert.DoesNotContain(referenced, name => name is Seed or "Bogus" or Development);
    }

    [Fact]
    public void TheSitesDependencyManifestHasTheDevelopmentToolsOnlyInDebug()
    {
        var manifest = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, $"{Web}.deps.json"));
#if DEBUG
        Assert.Contains($"\"{Development}/", manifest, StringComparison.Ordinal);
#else
        Assert.DoesNotContain($"\"{Development}/", manifest, StringComparison.Ordinal);
        Assert.DoesNotContain($"\"{Seed}/", manifest, StringComparison.Ordinal);
        Assert.DoesNotContain("\"Bogus/", manifest, StringComparison.Ordinal);
#endif
    }

    private static IEnumerable<ProjectFile> ProductProjects()
    {
        var root = RepositoryRoot();
        var projects = new[] { "src", "seed" }
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(root, folder), "*.csproj", SearchOption.AllDirectories))
            .Where(path => !path.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"))
            .Select(ProjectFile.Read)
            .ToList();
        Assert.Contains(projects, p => p.Name == Web);
        return projects;
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Employment.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("Employment.sln not found above the test output folder.");
    }

    private sealed record ProjectReference(string Project, string Condition);

    private sealed record ProjectFile(string Name, IReadOnlyList<ProjectReference> References)
    {
        public static ProjectFile Read(string path)
        {
            var references = XDocument.Load(path).Descendants("ProjectReference")
                .Select(r => new ProjectReference(
                    Path.GetFileNameWithoutExtension(((string?)r.Attribute("Include") ?? "").Replace('\\', '/')),
                    ((string?)r.Attribute("Condition") ?? (string?)r.Parent?.Attribute("Condition") ?? "").Trim()))
                .ToList();
            return new ProjectFile(Path.GetFileNameWithoutExtension(path), references);
        }
    }
}
