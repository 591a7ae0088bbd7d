using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Employment.Development;

namespace Employment.Tests.Nodes;

/// <summary>
/// The built site (Employment.Web.dll) as a real process of its own, in Production, on a free loopback port with a home
/// folder of its own. Disposing it kills it (and anything it started) whatever happened; so does the test run ending.
/// </summary>
public sealed class SiteProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();
    private readonly string _home;

    private SiteProcess(Process process, string home, Uri address)
    {
        _process = process;
        _home = home;
        Address = address;
    }

    public Uri Address { get; }
    public int ProcessId => _process.Id;
    public string Output => string.Join('\n', _output);

    /// <summary>Where the test build put the site: the same configuration as this test assembly.</summary>
    public static string SiteAssembly()
    {
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Debug{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Debug" : "Release";
        var root = DevelopmentDatabase.RepositoryRoot(AppContext.BaseDirectory);
        return Path.Combine(root, "src", "Employment.Web", "bin", configuration, "net10.0", "Employment.Web.dll");
    }

    public static Task<SiteProcess> StartAsync(IReadOnlyDictionary<string, string?> settings, string healthPath = "/health") =>
        StartAsync(settings, healthPath, waitUntilHealthy: true);

    /// <summary>Runs the site until it exits by itself (for start-up refusals), returning its exit code and what it wrote to stderr.</summary>
    public static async Task<(int ExitCode, string Error)> RunToExitAsync(IReadOnlyDictionary<string, string?> settings)
    {
        await using var site = await StartAsync(settings, "/health", waitUntilHealthy: false);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await site._process.WaitForExitAsync(timeout.Token);
        return (site._process.ExitCode, string.Join('\n', site._output.Where(l => l.StartsWith("err: ", StringComparison.Ordinal)).Select(l => l[5..])));
    }

    private static async Task<SiteProcess> StartAsync(IReadOnlyDictionary<string, string?> settings, string healthPath, bool waitUntilHealthy)
    {
        var dll = SiteAssembly();
        var home = Directory.CreateTempSubdirectory("employment-node-home-").FullName;
        var address = new Uri($"http://127.0.0.1:{FreePort()}");
        var start = new ProcessStartInfo("dotnet", [dll])
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_URLS"] = address.ToString();
        start.Environment["ASPNETCORE_HOSTINGSTARTUPASSEMBLIES"] = "";
        start.Environment["HOME"] = home;
        start.Environment["DOTNET_CLI_HOME"] = home;
        start.Environment["XDG_DATA_HOME"] = Path.Combine(home, ".local", "share");
        foreach (var (key, value) in settings)
        {
            if (value is null)
            {
                start.Environment.Remove(key);
            }
            else
            {
                start.Environment[key] = value;
            }
        }
        var process = Process.Start(start) ?? throw new InvalidOperationException($"dotnet {dll} did not start");
        var site = new SiteProcess(process, home, address);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => site.Kill();
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) site._output.Enqueue(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) site._output.Enqueue("err: " + e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (waitUntilHealthy)
        {
            try
            {
                await site.WaitUntilHealthyAsync(healthPath);
            }
            catch
            {
                await site.DisposeAsync();
                throw;
            }
        }
        return site;
    }

    private async Task WaitUntilHealthyAsync(string healthPath)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(90))
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The site stopped with exit code {_process.ExitCode}:\n{Output}");
            }
            try
            {
                using var health = await client.GetAsync(new Uri(Address, healthPath));
                if (health.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }
            await Task.Delay(250);
        }
        throw new TimeoutException($"The site at {Address} did not answer {healthPath} within 90 seconds:\n{Output}");
    }

    private void Kill()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }
        }
        catch (InvalidOperationException)
        {
        }
    }

    public async ValueTask DisposeAsync()
    {
        Kill();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        try
        {
            await _process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
        }
        _process.Dispose();
        try
        {
            Directory.Delete(_home, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
