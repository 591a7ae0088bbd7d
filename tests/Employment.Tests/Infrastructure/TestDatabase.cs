using Employment.Core.Data;
using Npgsql;

namespace Employment.Tests.Infrastructure;

/// <summary>
/// The one database fixture: a database of its own copied from the migrated template (<see cref="TestPostgres"/>),
/// fresh contexts on it and the test-data kit. Use it per test (<see cref="CreateAsync"/>) or per class
/// (<c>IClassFixture&lt;TestDatabase&gt;</c>).
/// </summary>
public sealed class TestDatabase : IAsyncLifetime, IAsyncDisposable
{
    private NpgsqlDataSource? _dataSource;

    public string ConnectionString { get; private set; } = "";
    public NpgsqlDataSource DataSource => _dataSource ?? throw new InvalidOperationException("Not started");
    public TestData TestData => new(Context);

    public static async Task<TestDatabase> CreateAsync()
    {
        var database = new TestDatabase();
        await database.InitializeAsync();
        return database;
    }

    public async Task InitializeAsync()
    {
        ConnectionString = await TestPostgres.CreateDatabaseAsync();
        _dataSource = NpgsqlDataSource.Create(ConnectionString);
    }

    public EmploymentDbContext Context() => new(DbContextOptionsSetup.For(DataSource));

    public async ValueTask DisposeAsync()
    {
        if (_dataSource is not null)
        {
            await _dataSource.DisposeAsync();
        }
    }

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();
}
