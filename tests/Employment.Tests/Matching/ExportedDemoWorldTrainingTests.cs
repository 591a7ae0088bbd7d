extern alias cli;

using cli::Employment.Cli;
using Employment.Core.Accounts;
using Employment.Core.Data;
using Employment.Core.Interchange;
using Employment.Seed;
using Employment.Tests.Infrastructure;
using Employment.Tests.Seed;
using Microsoft.AspNetCore.Identity;
using Npgsql;

namespace Employment.Tests.Matching;

/// <summary>
/// Issue 4's "on a dataset exported by the profiles issue": the demo world loaded into PostgreSQL, exported with
/// <see cref="DatasetExporter"/> (what "employment export" runs), then "ranker train" on the folder. The model must
/// beat the rule-based scorer on held-out NDCG@10 (figures in docs/benchmarks.md).
/// </summary>
[Collection("Database")]
public sealed class ExportedDemoWorldTrainingTests : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "employment-export-train-" + Guid.NewGuid().ToString("N")[..12]);
    private NpgsqlDataSource _dataSource = null!;

    public async Task InitializeAsync()
    {
        _dataSource = NpgsqlDataSource.Create(await TestPostgres.CreateDatabaseAsync());
        await using var db = new EmploymentDbContext(DbContextOptionsSetup.For(_dataSource));
        await DemoDataLoader.LoadAsync(db, DefaultDemoWorld.FreshCopy(), new PasswordHasher<AppUser>(), CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await _dataSource.DisposeAsync();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public async Task TrainingOnTheExportedDemoWorld_BeatsTheRuleScorer()
    {
        await using (var db = new EmploymentDbContext(DbContextOptionsSetup.For(_dataSource)))
        {
            var counts = await new DatasetExporter(db).ExportAsync(_folder);
            Assert.True(counts.PlacementEvents > 0);
        }
        var output = new StringWriter();

        var code = RankerCommand.Train(_folder, Path.Combine(_folder, "model.zip"), output);

        Assert.Equal(0, code);
        Assert.True(output.ToString().Contains("It beats the rule-based scorer on held-out NDCG@10.", StringComparison.Ordinal), output.ToString());
        Assert.True(output.ToString().Contains("Then fitted again with the same choice on all", StringComparison.Ordinal), output.ToString());
    }
}
