extern alias cli;

using System.CommandLine;
using cli::Employment.Cli;
using Employment.Core.Interchange;
using Employment.Matching.Data;

namespace Employment.Tests.Matching;

/// <summary>"ranker train" then "ranker score" on a small generated dataset, run in process.</summary>
public sealed class RankerCommandLineTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "employment-ranker-" + Guid.NewGuid().ToString("N")[..12]);

    public RankerCommandLineTests()
    {
        DatasetGenerator.Write(_folder, new GeneratedDatasetOptions { Candidates = 300, Employers = 20, Vacancies = 60, PlacedShare = 0.8, Seed = 11 },
            EmbeddedReference.Load());
        // The generator proposes each person once; ranking needs people proposed for several opportunities.
        File.AppendAllLines(InFolder(InterchangeFiles.Placements), Enumerable.Range(0, 300).SelectMany(i => new[]
        {
            $"C{i:D7},V{(i * 7 + 1) % 60:D7},introduced,2023-05-01,,,",
            $"C{i:D7},V{(i * 7 + 1) % 60:D7},declined,2023-05-03,,,",
            $"C{i:D7},V{(i * 11 + 2) % 60:D7},introduced,2023-06-01,,,",
            $"C{i:D7},V{(i * 11 + 2) % 60:D7},interviewed,2023-06-08,,,",
            $"C{i:D7},V{(i * 11 + 2) % 60:D7},offered,2023-06-10,,,",
        }));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var root = new RootCommand { RankerCommand.Create() };
        var code = await root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
        return (code, output.ToString(), error.ToString());
    }

    private string InFolder(string name) => Path.Combine(_folder, name);

    [Fact]
    public async Task TrainThenScore_WritesEveryPairInInputOrder()
    {
        var model = InFolder("model/ranker.zip");
        var pairs = Enumerable.Range(0, 40).Select(i => ($"C{i % 7:D7}", $"V{(i * 13) % 60:D7}")).ToList();
        File.WriteAllLines(InFolder("pairs.csv"), ["candidate_id,vacancy_id", .. pairs.Select(p => $"{p.Item1},{p.Item2}")]);

        var train = await RunAsync("ranker", "train", "--data", _folder, "--model", model);
        var score = await RunAsync("ranker", "score", "--model", model, "--data", _folder, "--pairs", InFolder("pairs.csv"), "--out", InFolder("scores.csv"));

        Assert.True(train.Code == 0, train.Error);
        Assert.Contains("NDCG@10", train.Output);
        Assert.Contains("Rule-based scorer", train.Output);
        Assert.Contains("Random order", train.Output);
        Assert.True(File.Exists(model + ".json"));
        Assert.True(score.Code == 0, score.Error);
        var lines = File.ReadAllLines(InFolder("scores.csv"));
        Assert.Equal("candidate_id,vacancy_id,score", lines[0]);
        Assert.Equal(pairs.Select(p => $"{p.Item1},{p.Item2}"), lines.Skip(1).Select(l => string.Join(',', l.Split(',').Take(2))));
        Assert.All(lines.Skip(1), l => Assert.True(float.TryParse(l.Split(',')[2], System.Globalization.CultureInfo.InvariantCulture, out _)));
    }

    [Fact]
    public async Task UnknownIds_AreAClearError()
    {
        var model = InFolder("ranker.zip");
        File.WriteAllLines(InFolder("pairs.csv"), ["candidate_id,vacancy_id", "C0000001,V0000001", "NOBODY,V0000001"]);

        await RunAsync("ranker", "train", "--data", _folder, "--model", model);
        var score = await RunAsync("ranker", "score", "--model", model, "--data", _folder, "--pairs", InFolder("pairs.csv"), "--out", InFolder("scores.csv"));

        Assert.Equal(1, score.Code);
        Assert.Contains("candidate NOBODY is not in the dataset's candidates.csv", score.Error);
        Assert.False(File.Exists(InFolder("scores.csv")));
    }

    [Fact]
    public async Task MissingFiles_AreAClearError()
    {
        var noFolder = await RunAsync("ranker", "train", "--data", InFolder("nowhere"), "--model", InFolder("m.zip"));
        var noModel = await RunAsync("ranker", "score", "--model", InFolder("none.zip"), "--data", _folder, "--pairs", InFolder("p.csv"), "--out", InFolder("s.csv"));

        Assert.Equal(1, noFolder.Code);
        Assert.Contains("does not exist", noFolder.Error);
        Assert.Equal(1, noModel.Code);
        Assert.Contains("train one first", noModel.Error);
    }
}
