using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using Npgsql;

namespace Employment.Development;

/// <summary>
/// A private PostgreSQL cluster in a folder of its own, on loopback, started from the installed
/// programs: the site's development database and the tests' throwaway one.
/// </summary>
public sealed class LocalPostgresCluster
{
    private readonly string _root;
    private readonly string _bin;
    private readonly Action<string> _log;
    private readonly bool _throwaway;

    private LocalPostgresCluster(string root, string bin, Action<string> log, bool throwaway)
    {
        _root = root;
        _bin = bin;
        _log = log;
        _throwaway = throwaway;
    }

    public string DataDirectory => Path.Combine(_root, "data");
    public int Port { get; private set; }
    public string Password { get; private set; } = "";

    /// <summary>Starts the cluster in <paramref name="root"/>, creating it first if needed. Safe to call when it is already running.</summary>
    /// <param name="throwaway">
    /// True only for test clusters deleted after the run: they skip PostgreSQL's writes to disk (fsync, full page writes,
    /// synchronous commit) for speed. A cluster that keeps data (the run command's) keeps PostgreSQL's safe defaults, so a
    /// power cut cannot corrupt it (decision 0054).
    /// </param>
    public static LocalPostgresCluster Start(string root, bool installIfMissing, Action<string>? log = null, int preferredPort = 0, bool throwaway = false)
    {
        log ??= _ => { };
        var cluster = new LocalPostgresCluster(Path.GetFullPath(root), PostgresBinaries.Locate(installIfMissing, log), log, throwaway);
        cluster.EnsureInitialised(preferredPort);
        cluster.EnsureRunning();
        return cluster;
    }

    public string ConnectionString(string database) => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = Port,
        Username = "postgres",
        Password = Password,
        Database = database,
        Pooling = true,
        IncludeErrorDetail = true,
    }.ConnectionString;

    public async Task EnsureDatabaseAsync(string database, string? template = null)
    {
        await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        await connection.OpenAsync();
        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection);
        exists.Parameters.AddWithValue("name", database);
        if (await exists.ExecuteScalarAsync() is null)
        {
            var templateClause = template is null ? "" : $" TEMPLATE \"{template}\"";
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database}\"{templateClause}", connection);
            await create.ExecuteNonQueryAsync();
        }
    }

    public void Stop()
    {
        if (IsRunning())
        {
            RunAsOwner(Path.Combine(_bin, "pg_ctl"), ["-D", DataDirectory, "-m", "fast", "-w", "stop"]);
        }
    }

    /// <summary>Stops the cluster and deletes its folder.</summary>
    public void Destroy()
    {
        try
        {
            Stop();
        }
        finally
        {
            if (Directory.Exists(_root))
            {
                Directory.Delete(_root, recursive: true);
            }
        }
    }

    /// <summary>Where the cluster's port is kept, so a later start finds it where it was left.</summary>
    private string PortFile => Path.Combine(_root, "port");

    private void WritePort() => File.WriteAllText(PortFile, Port.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private void EnsureInitialised(int preferredPort)
    {
        var passwordFile = Path.Combine(_root, "password");
        if (File.Exists(Path.Combine(DataDirectory, "PG_VERSION")) && File.Exists(PortFile) && File.Exists(passwordFile))
        {
            Port = int.Parse(File.ReadAllText(PortFile).Trim(), System.Globalization.CultureInfo.InvariantCulture);
            Password = File.ReadAllText(passwordFile).Trim();
            return;
        }
        _log($"Creating a private PostgreSQL cluster in {_root}");
        if (Directory.Exists(DataDirectory))
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        Directory.CreateDirectory(DataDirectory);
        Password = Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant();
        Port = preferredPort > 0 && IsPortFree(preferredPort) ? preferredPort : FreePort();
        var initPasswordFile = Path.Combine(_root, "initdb.pwfile");
        File.WriteAllText(initPasswordFile, Password);
        if (ProcessRunner.IsRoot)
        {
            // initdb refuses to run as root, so the cluster belongs to Debian's postgres user, who must be able to read
            // the password file and enter every folder above the data (decision 0002).
            ProcessRunner.Run("chown", ["-R", "postgres:postgres", _root]);
            ProcessRunner.Run("chmod", ["700", _root]);
            var blocked = FolderPostgresCannotEnter(_root);
            if (blocked is not null)
            {
                throw new DevelopmentSetupException(
                    $"PostgreSQL's postgres user cannot enter {blocked}, so it cannot keep a cluster in {_root}. Choose a folder it can reach.");
            }
        }
        RunAsOwner(Path.Combine(_bin, "initdb"),
            ["-D", DataDirectory, "-U", "postgres", "--auth=scram-sha-256", $"--pwfile={initPasswordFile}", "-E", "UTF8", "--no-locale", .. (_throwaway ? new[] { "--no-sync" } : [])]);
        File.Delete(initPasswordFile);
        WritePort();
        File.WriteAllText(passwordFile, Password);
    }

    private void EnsureRunning()
    {
        if (IsRunning())
        {
            _log($"Using the PostgreSQL cluster already running on 127.0.0.1:{Port}");
            return;
        }
        if (!IsPortFree(Port))
        {
            // The port was free when the cluster was made, but something else (often another checkout's cluster, or a
            // benchmark's left running) has taken it while this one was stopped: move rather than fail to start.
            var taken = Port;
            Port = FreePort();
            WritePort();
            _log($"Port {taken} is in use by another program, so the PostgreSQL cluster in {_root} now uses port {Port}");
        }
        var options = $"-p {Port} -c listen_addresses=127.0.0.1 -c unix_socket_directories='{DataDirectory}' {StartOptions(_throwaway)} -c max_connections=200";
        RunAsOwner(Path.Combine(_bin, "pg_ctl"), ["-D", DataDirectory, "-l", Path.Combine(DataDirectory, "server.log"), "-o", options, "-w", "-t", "60", "start"]);
        _log($"PostgreSQL is running on 127.0.0.1:{Port}");
    }

    /// <summary>The settings a cluster starts with beyond its address: PostgreSQL's safe defaults unless it is a throwaway one.</summary>
    public static string StartOptions(bool throwaway) =>
        throwaway ? "-c fsync=off -c full_page_writes=off -c synchronous_commit=off" : "-c fsync=on -c full_page_writes=on -c synchronous_commit=on";

    private bool IsRunning() =>
        File.Exists(Path.Combine(DataDirectory, "postmaster.pid")) &&
        RunAsOwner(Path.Combine(_bin, "pg_ctl"), ["-D", DataDirectory, "status"], throwOnError: false).ExitCode == 0;

    // Run from the cluster's own folder: as root the programs run as postgres, who may not be able to enter the caller's folder.
    private (int ExitCode, string Output) RunAsOwner(string program, string[] arguments, bool throwOnError = true) =>
        ProcessRunner.IsRoot
            ? ProcessRunner.Run("runuser", ["-u", "postgres", "--", program, .. arguments], throwOnError, workingDirectory: _root)
            : ProcessRunner.Run(program, arguments, throwOnError, workingDirectory: _root);

    /// <summary>The first folder from / down to <paramref name="path"/> that the postgres user may not enter, or null.</summary>
    private static string? FolderPostgresCannotEnter(string path)
    {
        var folders = new List<string>();
        for (var dir = new DirectoryInfo(path); dir is not null; dir = dir.Parent)
        {
            folders.Insert(0, dir.FullName);
        }
        return folders.FirstOrDefault(folder =>
            ProcessRunner.Run("runuser", ["-u", "postgres", "--", "test", "-x", folder], throwOnError: false, workingDirectory: "/").ExitCode != 0);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Whether nothing listens on this loopback port yet.</summary>
    internal static bool IsPortFree(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
