using Microsoft.EntityFrameworkCore.Design;
using Npgsql;

namespace Employment.Core.Data;

/// <summary>Lets `dotnet ef migrations add` build the model without a running database.</summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<EmploymentDbContext>
{
    public EmploymentDbContext CreateDbContext(string[] args) =>
        new(DbContextOptionsSetup.For(new NpgsqlDataSourceBuilder("Host=localhost;Database=employment_design").Build()));
}
