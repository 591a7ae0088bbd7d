using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using MimeKit;

namespace Employment.Tests.Email;

/// <summary>
/// A real SMTP server process (Debian's python3-aiosmtpd via smtp_sink.py) on a free loopback port, keeping every
/// message it accepts in a folder so tests can count and read them. Installs the package if it is missing.
/// </summary>
public sealed class SmtpSink : IDisposable
{
    private const string Python = "/usr/bin/python3";
    private static readonly object InstallLock = new();
    private Process? _process;

    public SmtpSink()
    {
        Port = FreePort();
        Folder = Path.Combine(Path.GetTempPath(), $"employment-smtp-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Folder);
    }

    public int Port { get; }
    public string Folder { get; }
    public bool Running => _process is { HasExited: false };

    /// <summary>Starts the server; with <paramref name="acceptLimit"/>, it dies after accepting that many messages.</summary>
    public void Start(int? acceptLimit = null)
    {
        EnsureInstalled();
        var script = ScriptPath();
        var start = new ProcessStartInfo(Python) { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { script, Port.ToString(System.Globalization.CultureInfo.InvariantCulture), Folder })
        {
            start.ArgumentList.Add(argument);
        }
        if (acceptLimit is { } limit)
        {
            start.ArgumentList.Add(limit.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        _process = Process.Start(start)!;
        var ready = _process.StandardOutput.ReadLineAsync();
        if (!ready.Wait(TimeSpan.FromSeconds(30)) || ready.Result != "READY")
        {
            var error = _process.HasExited ? _process.StandardError.ReadToEnd() : "no answer in 30 seconds";
            Stop();
            throw new InvalidOperationException($"The SMTP test server did not start: {error}");
        }
    }

    public void Stop()
    {
        if (_process is null)
        {
            return;
        }
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }
        _process.WaitForExit();
        _process.Dispose();
        _process = null;
    }

    /// <summary>Waits for a server started with an accept limit to exit on its own.</summary>
    public void WaitForExit()
    {
        _process?.WaitForExit(10_000);
        Stop();
    }

    public IReadOnlyList<ReceivedEmail> Messages() =>
        Directory.GetFiles(Folder, "*.eml").Select(file => ReceivedEmail.From(MimeMessage.Load(file))).OrderBy(m => m.Date).ToList();

    public void Dispose()
    {
        Stop();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover folder in /tmp is harmless.
        }
    }

    /// <summary>The script beside this file in the source tree, found by walking up from the test binaries.</summary>
    private static string ScriptPath()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "tests", "Employment.Tests", "Email", "smtp_sink.py");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }
        throw new FileNotFoundException("tests/Employment.Tests/Email/smtp_sink.py not found above " + AppContext.BaseDirectory);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void EnsureInstalled()
    {
        lock (InstallLock)
        {
            if (Run(Python, "-c", "import aiosmtpd") == 0)
            {
                return;
            }
            var sudo = Environment.UserName == "root" ? [] : new[] { "sudo" };
            string[] install = [.. sudo, "apt-get", "install", "-y", "python3-aiosmtpd"];
            if (Run(install[0], install[1..]) != 0 || Run(Python, "-c", "import aiosmtpd") != 0)
            {
                throw new InvalidOperationException("The email tests need Debian's python3-aiosmtpd: apt-get install -y python3-aiosmtpd");
            }
        }
    }

    private static int Run(string file, params string[] arguments)
    {
        var start = new ProcessStartInfo(file) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        process.StandardOutput.ReadToEnd();
        process.StandardError.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode;
    }
}

public sealed record ReceivedEmail(string To, string Subject, string MessageId, string Text, string Html, DateTimeOffset Date)
{
    public static ReceivedEmail From(MimeMessage message) => new(
        message.To.Mailboxes.Single().Address, message.Subject ?? "", message.MessageId ?? "", message.TextBody ?? "", message.HtmlBody ?? "", message.Date);
}
