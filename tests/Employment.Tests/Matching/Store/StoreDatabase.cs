using Employment.Core.Data;
using Employment.Tests.Infrastructure;
using Npgsql;

namespace Employment.Tests.Matching.Store;

/// <summary>A database of its own per test, and fresh contexts on it.</summary>
internal sealed class StoreDatabase : IAsyncDisposable
{
    private StoreDatabase(NpgsqlDataSource dataSource) => DataSource = dataSource;

    public NpgsqlDataSource DataSource { get; }

    public static async Task<StoreDatabase> CreateAsync() => new(NpgsqlDataSource.Create(await TestPostgres.CreateDatabaseAsync()));

    public EmploymentDbContext Context() => new(DbContextOptionsSetup.For(DataSource));

    public ValueTask DisposeAsync() => DataSource.DisposeAsync();
}
