namespace Employment.Development;

/// <summary>Finds PostgreSQL's server programs, installing Debian's package when they are missing.</summary>
public static class PostgresBinaries
{
    public static string Locate(bool installIfMissing, Action<string>? log = null)
    {
        var found = Find();
        if (found is not null)
        {
            return found;
        }
        if (!installIfMissing)
        {
            throw new InvalidOperationException("PostgreSQL is not installed. Install it with: sudo apt-get install -y postgresql");
        }
        try
        {
            DebianPackages.Install("postgresql", log);
        }
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            throw new DevelopmentSetupException(
                "PostgreSQL is not installed and could not be installed here (that needs root or sudo): install it with `sudo apt-get install postgresql`, or set ConnectionStrings__Employment to a PostgreSQL server you can use.", e);
        }
        return Find() ?? throw new InvalidOperationException("PostgreSQL was installed but its programs were not found under /usr/lib/postgresql.");
    }

    private static string? Find()
    {
        var configured = Environment.GetEnvironmentVariable("PG_BIN");
        if (!string.IsNullOrEmpty(configured) && File.Exists(Path.Combine(configured, "pg_ctl")))
        {
            return configured;
        }
        const string debianRoot = "/usr/lib/postgresql";
        if (Directory.Exists(debianRoot))
        {
            var newest = Directory.GetDirectories(debianRoot)
                .Select(d => (Dir: d, Version: int.TryParse(Path.GetFileName(d), out var v) ? v : 0))
                .Where(d => File.Exists(Path.Combine(d.Dir, "bin", "initdb")))
                .OrderByDescending(d => d.Version)
                .FirstOrDefault();
            if (newest.Dir is not null)
            {
                return Path.Combine(newest.Dir, "bin");
            }
        }
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':')
            .FirstOrDefault(p => p.Length > 0 && File.Exists(Path.Combine(p, "initdb")) && File.Exists(Path.Combine(p, "pg_ctl")));
        return onPath;
    }
}
