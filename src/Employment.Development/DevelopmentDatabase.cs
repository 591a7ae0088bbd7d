namespace Employment.Development;

/// <summary>The development database: a private cluster in the repository's ignored .data folder, shared by the site and the command line.</summary>
public static class DevelopmentDatabase
{
    public const string DatabaseName = "employment";
    public const int PreferredPort = 54329;

    public static string Start(string startFolder, string clusterFolder, Action<string>? log = null)
    {
        var root = Path.Combine(RepositoryRoot(startFolder), clusterFolder);
        var cluster = LocalPostgresCluster.Start(root, installIfMissing: true, log, PreferredPort);
        cluster.EnsureDatabaseAsync(DatabaseName).GetAwaiter().GetResult();
        return cluster.ConnectionString(DatabaseName);
    }

    /// <summary>The folder holding Employment.sln, so local data lives in one ignored place whichever project starts.</summary>
    public static string RepositoryRoot(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Employment.sln")))
            {
                return dir.FullName;
            }
        }
        return start;
    }
}
