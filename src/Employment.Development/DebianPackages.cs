namespace Employment.Development;

/// <summary>Installs a missing Debian package, so a fresh machine needs nothing beyond the .NET SDK.</summary>
public static class DebianPackages
{
    private static readonly Lock InstallLock = new();

    public static void Install(string package, Action<string>? log = null)
    {
        lock (InstallLock)
        {
            log?.Invoke($"{package} is not installed: installing Debian's {package} package (this needs sudo unless you are root).");
            var (program, prefix) = ProcessRunner.IsRoot ? ("apt-get", Array.Empty<string>()) : ("sudo", ["apt-get"]);
            ProcessRunner.Run(program, [.. prefix, "update"], inheritConsole: true);
            ProcessRunner.Run(program, [.. prefix, "install", "-y", "--no-install-recommends", package], inheritConsole: true);
        }
    }
}
