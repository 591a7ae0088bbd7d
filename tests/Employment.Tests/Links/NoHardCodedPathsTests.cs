using System.Text.RegularExpressions;

namespace Employment.Tests.Links;

/// <summary>
/// No view or C# file of the site writes a path: links come from <c>SiteLinks</c>, static files are written "~/…"
/// (decision 0032). Route attributes are where paths are declared, so they are the one place a path may be written.
/// </summary>
public sealed partial class NoHardCodedPathsTests
{
    /// <summary>
    /// Paths fixed while the request pipeline is built, before any route exists: the error pages' re-execution, and
    /// endpoints that are not MVC actions (health check, Hangfire dashboard, and the dashboard's way back).
    /// </summary>
    private static readonly HashSet<(string File, string Literal)> PipelinePaths =
    [
        ("Infrastructure/Pipeline.cs", "\"/error/500\""),
        ("Infrastructure/Pipeline.cs", "\"/error/{0}\""),
        ("Infrastructure/Pipeline.cs", "\"/health\""),
        ("Infrastructure/Pipeline.cs", "\"/health/live\""),
        ("Infrastructure/Pipeline.cs", "\"/health/ready\""),
        ("Infrastructure/JobsSetup.cs", "\"/hangfire\""),
        ("Infrastructure/JobsSetup.cs", "\"/admin\""),
    ];

    [Fact]
    public void NoView_WritesAPath()
    {
        var found = Files("*.cshtml")
            .SelectMany(file => Lines(file).SelectMany(line => ViewPath().Matches(line.Text).Select(m => $"{line.Where}: {m.Value}")))
            .ToList();

        Assert.True(found.Count == 0, "Use LinkTo.… (or ~/ for static files) instead of:\n" + string.Join('\n', found));
    }

    [Fact]
    public void NoControllerOrOtherCode_WritesAPath()
    {
        var found = Files("*.cs")
            .Where(file => !Relative(file).StartsWith("Infrastructure/Links/", StringComparison.Ordinal))
            .SelectMany(file => Lines(file)
                .Where(line => !line.Text.TrimStart().StartsWith("//", StringComparison.Ordinal) && !RouteAttribute().IsMatch(line.Text))
                .SelectMany(line => CodePath().Matches(line.Text)
                    .Where(m => !PipelinePaths.Contains((Relative(file), m.Value)))
                    .Select(m => $"{line.Where}: {m.Value}")))
            .ToList();

        Assert.True(found.Count == 0, "Use SiteLinks instead of:\n" + string.Join('\n', found));
    }

    [Fact]
    public void TheScan_FindsWhatItLooksFor()
    {
        Assert.Matches(ViewPath(), "<a href=\"/job-seekers/@person.Id\">");
        Assert.Matches(ViewPath(), "<form action=\"/sign-in\">");
        Assert.Matches(ViewPath(), "<button formaction=\"/x\">");
        Assert.Matches(ViewPath(), "<img src=\"/icons/tick.svg\">");
        Assert.Matches(ViewPath(), "@(isAdmin ? \"/admin\" : LinkTo.Caseload())");
        Assert.Matches(CodePath(), "return Redirect($\"/placements/{id}\");");
        Assert.Matches(CodePath(), "return LocalRedirect(\"/\");");
        Assert.Matches(CodePath(), "Redirect(frame.BasePath + \"/jobs\")");
        Assert.DoesNotMatch(CodePath(), "return View(\"/Features/Admin/Fairness/Index.cshtml\");");
        Assert.Matches(RouteAttribute(), "    [HttpGet(\"/job-seekers/{id:guid}\")]");
        Assert.Matches(RouteAttribute(), "    [AllowAnonymous, HttpPost(\"/sign-in\")]");
    }

    /// <summary>An attribute value or a string in a view that starts with "/" (a link, a form's action, a static file).</summary>
    [GeneratedRegex("""(?:href|action|formaction|src)="/|["']/(?:[a-z]|["'])""")]
    private static partial Regex ViewPath();

    /// <summary>A string literal that is a site path: "/" alone or "/something" in lower case (view files are "/Features/…").</summary>
    [GeneratedRegex("\"/(?:[a-z][^\"]*)?\"")]
    private static partial Regex CodePath();

    [GeneratedRegex("""\[(?:[A-Za-z]+, )?(?:Http(?:Get|Post|Put|Delete|Patch)|Route)\(""")]
    private static partial Regex RouteAttribute();

    private static readonly string WebFolder = Path.Combine(RepositoryRoot(), "src", "Employment.Web");

    private static IEnumerable<string> Files(string pattern) =>
        Directory.EnumerateFiles(WebFolder, pattern, SearchOption.AllDirectories)
            .Where(f => !Relative(f).StartsWith("bin/", StringComparison.Ordinal) && !Relative(f).StartsWith("obj/", StringComparison.Ordinal));

    private static IEnumerable<(string Where, string Text)> Lines(string file) =>
        File.ReadLines(file).Select((text, index) => ($"{Relative(file)}:{index + 1}", text));

    private static string Relative(string file) => Path.GetRelativePath(WebFolder, file).Replace('\\', '/');

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Employment.sln")))
            {
                return folder.FullName;
            }
        }
        throw new InvalidOperationException("Employment.sln not found above " + AppContext.BaseDirectory);
    }
}
