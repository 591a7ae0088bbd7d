using System.Diagnostics;
using Employment.Development;

namespace Employment.Tests.Infrastructure;

/// <summary>Removes clusters left behind by test runs that were killed before they could clean up.</summary>
internal static class StaleClusters
{
    public const string OwnerFile = "owner.pid";

    /// <summary>
    /// A new folder in the temp folder for a test's cluster, marked as this process's, so a later run removes it if this
    /// one is killed before it can.
    /// </summary>
    public static string NewFolder(string? purpose = null)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"employment-test-pg-{Environment.ProcessId}-{(purpose is null ? "" : purpose + "-")}{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, OwnerFile), Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return folder;
    }

    public static void Remove()
    {
        foreach (var folder in Directory.GetDirectories(Path.GetTempPath(), "employment-test-pg-*"))
        {
            var ownerFile = Path.Combine(folder, OwnerFile);
            if (!File.Exists(ownerFile) || !int.TryParse(File.ReadAllText(ownerFile), out var pid) || IsAlive(pid))
            {
                continue;
            }
            try
            {
                LocalPostgresCluster.Start(folder, installIfMissing: false).Destroy();
            }
            catch (Exception)
            {
                // A folder that cannot be started or removed is left for the operating system's temp clean-up.
            }
        }
    }

    private static bool IsAlive(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
