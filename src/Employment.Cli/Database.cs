using System.CommandLine;
using Employment.Core.Data;
using Employment.Development;
using Npgsql;

namespace Employment.Cli;

/// <summary>Where the command line finds its database: --connection, then ConnectionStrings__Employment, then the development cluster.</summary>
internal static class Database
{
    public static readonly Option<string?> ConnectionOption = new("--connection")
    {
        Description = "PostgreSQL connection string. Defaults to ConnectionStrings__Employment, then the development database in .data/postgres.",
    };

    public static NpgsqlDataSource Open(ParseResult parse) => NpgsqlDataSource.Create(ConnectionString(parse));

    public static string ConnectionString(ParseResult parse)
    {
        var connection = parse.GetValue(ConnectionOption)
            ?? Environment.GetEnvironmentVariable("ConnectionStrings__Employment");
        if (string.IsNullOrWhiteSpace(connection))
        {
            connection = DevelopmentDatabase.Start(Directory.GetCurrentDirectory(), ".data/postgres", Console.Error.WriteLine);
        }
        return connection;
    }

    public static EmploymentDbContext Context(NpgsqlDataSource dataSource) => new(DbContextOptionsSetup.For(dataSource));
}
