using System.Reflection;
using Employment.Web.Infrastructure;

namespace Employment.Tests.Access;

/// <summary>Hangfire stores a job's arguments in its own tables, kept and shown on its dashboard: ids only, never personal data.</summary>
public sealed class JobArgumentTests
{
    private static readonly Type[] IdsAndSwitches = [typeof(Guid), typeof(Guid?), typeof(int), typeof(bool), typeof(CancellationToken)];

    [Fact]
    public void EveryJobMethod_TakesOnlyIdsAndSwitches()
    {
        var jobs = typeof(EmailOptions).Assembly.GetTypes().Where(t => t.Name.EndsWith("Job", StringComparison.Ordinal) && t.IsClass).ToList();
        Assert.True(jobs.Count >= 8, $"Expected the site's jobs, found {jobs.Count}");
        var problems = jobs
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(m => m.Name.EndsWith("Async", StringComparison.Ordinal))
            .SelectMany(m => m.GetParameters().Select(p => (Method: m, Parameter: p)))
            // The import's folder is a server path named by the run's id (ImportsController), not anything typed.
            .Where(x => !IdsAndSwitches.Contains(x.Parameter.ParameterType) && !(x.Method.DeclaringType!.Name == "ImportJob" && x.Parameter.Name == "folder"))
            .Select(x => $"{x.Method.DeclaringType!.Name}.{x.Method.Name}({x.Parameter.ParameterType.Name} {x.Parameter.Name})")
            .ToList();
        Assert.True(problems.Count == 0, "Job arguments that could hold personal data: " + string.Join(", ", problems));
    }
}
