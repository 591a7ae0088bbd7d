using System.Security.Cryptography;
using System.Text;

namespace Employment.Development;

/// <summary>The development database: one private cluster per clone, shared by the site and the command line (decision 0002).</summary>
public static class DevelopmentDatabase
{
    public const string DatabaseName = "employment";
    public const int PreferredPort = 54329;

    /// <summary>Where root's clusters live: a folder of the machine's own that Debian's postgres user can always reach.</summary>
    public const string MachineFolder = "/var/lib/employment-development";

    public static string Start(string startFolder, string clusterFolder, Action<string>? log = null)
    {
        var root = ClusterFolder(RepositoryRoot(startFolder), clusterFolder);
        try
        {
            var cluster = LocalPostgresCluster.Start(root, installIfMissing: true, log, PreferredPort);
            cluster.EnsureDatabaseAsync(DatabaseName).GetAwaiter().GetResult();
            return cluster.ConnectionString(DatabaseName);
        }
        catch (Exception e) when (e is InvalidOperationException or Npgsql.NpgsqlException or IOException or UnauthorizedAccessException)
        {
            var reason = e.Message.Split('\n', 2)[0].TrimEnd(':', '.');
            throw new DevelopmentSetupException(
                $"The development database in {root} could not be started ({reason}): see {Path.Combine(root, "data", "server.log")}, delete {root} to start afresh, or set ConnectionStrings__Employment to a PostgreSQL server you can use.", e);
        }
    }

    /// <summary>
    /// The clone's own <paramref name="clusterFolder"/> (.data/postgres) for an ordinary user. As root the cluster runs as the
    /// postgres user, who cannot enter a clone under /root or any other 0700 folder, so it lives in <see cref="MachineFolder"/>
    /// in a folder named after the clone's path: the same clone always finds the same cluster. A folder given as an
    /// absolute path is used as it is.
    /// </summary>
    public static string ClusterFolder(string repositoryRoot, string clusterFolder)
    {
        if (!ProcessRunner.IsRoot || Path.IsPathRooted(clusterFolder))
        {
            return Path.Combine(repositoryRoot, clusterFolder);
        }
        var path = Path.GetFullPath(Path.Combine(repositoryRoot, clusterFolder));
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(path)))[..12].ToLowerInvariant();
        return Path.Combine(MachineFolder, $"{Path.GetFileName(repositoryRoot.TrimEnd('/'))}-{hash}");
    }

    /// <summary>The folder holding Employment.sln, so local data lives in one place whichever project starts.</summary>
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
