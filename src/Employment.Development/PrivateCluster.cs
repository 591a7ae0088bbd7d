using Microsoft.Extensions.Configuration;

namespace Employment.Development;

/// <summary>Points the site at the development cluster when no connection string is configured.</summary>
internal static class PrivateCluster
{
    public const string FolderKey = "Database:LocalClusterFolder";

    public static void SupplyConnectionString(IConfigurationBuilder configuration, string contentRoot)
    {
        var current = configuration.Build();
        if (!string.IsNullOrWhiteSpace(current.GetConnectionString("Employment")))
        {
            return;
        }
        var folder = current[FolderKey];
        if (string.IsNullOrWhiteSpace(folder))
        {
            return;
        }
        var connectionString = DevelopmentDatabase.Start(contentRoot, folder, Console.WriteLine);
        configuration.AddInMemoryCollection([new("ConnectionStrings:Employment", connectionString)]);
    }
}
