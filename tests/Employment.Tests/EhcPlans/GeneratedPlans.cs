using Employment.Core.EhcPlans;
using Employment.Tests.EhcPlans.Generated;

namespace Employment.Tests.EhcPlans;

/// <summary>Writes generated plans to a folder with their truth, and reads plans from memory.</summary>
public static class GeneratedPlans
{
    public static readonly PlanLayout[] Layouts = Enum.GetValues<PlanLayout>();

    public static (ReadResult Result, PlanTruth Truth, PlanScript Script) Read(PlanLayout layout, int seed, EhcPlanReader? reader = null)
    {
        var (script, truth) = new PlanGenerator(seed).Generate(layout);
        var (bytes, extension) = PlanWriters.Write(script, layout);
        return ((reader ?? new EhcPlanReader(new PhraseListFinder())).Read(new MemoryStream(bytes), $"generated-{seed}{extension}"), truth, script);
    }

    public static ReadResult Read(byte[] bytes, string name) => new EhcPlanReader(new PhraseListFinder()).Read(new MemoryStream(bytes), name);

    /// <summary>Writes <paramref name="perLayout"/> plans of every layout into plans/ and their truth into truth/ under the folder.</summary>
    public static void WriteSet(string folder, int perLayout)
    {
        Directory.CreateDirectory(Path.Combine(folder, "plans"));
        Directory.CreateDirectory(Path.Combine(folder, "truth"));
        var seed = 1;
        foreach (var layout in Layouts)
        {
            for (var i = 0; i < perLayout; i++, seed++)
            {
                var (script, truth) = new PlanGenerator(seed).Generate(layout);
                var (bytes, extension) = PlanWriters.Write(script, layout);
                var name = $"gen-{seed:000}-{layout}";
                File.WriteAllBytes(Path.Combine(folder, "plans", name + extension), bytes);
                File.WriteAllText(Path.Combine(folder, "truth", name + ".json"), System.Text.Json.JsonSerializer.Serialize(truth));
            }
        }
    }
}
