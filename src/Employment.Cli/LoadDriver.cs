using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using Npgsql;

namespace Employment.Cli;

/// <summary>
/// A small closed-loop HTTP driver: N virtual users each ask for a page, wait for the whole response, and ask again, for
/// a fixed time. Each virtual user uses one of a few signed-in sessions of the page's role, and for a person's pages a
/// person in that coach's own caseload.
/// </summary>
internal sealed partial class LoadDriver
{
    private const int SessionsPerRole = 6;

    private sealed record Session(HttpClient Client, Guid[] People);

    private sealed record Page(string Name, Func<Session, Random, string> Path, IReadOnlyList<Session> Sessions);

    private readonly List<Page> _pages;

    private LoadDriver(List<Page> pages) => _pages = pages;

    public static async Task<LoadDriver> SignInAsync(Uri site, NpgsqlDataSource data, CancellationToken ct)
    {
        var anonymous = new[] { new Session(NewClient(site), []) };
        var coaches = new List<Session>();
        for (var i = 0; i < SessionsPerRole; i++)
        {
            var coach = LoadBenchmarkWorld.CoachEmail(i * 7);
            coaches.Add(new Session(await SignedInAsync(site, coach, ct), await CaseloadAsync(data, coach, ct)));
        }
        var employers = new List<Session>();
        var advisers = new List<Session>();
        for (var i = 0; i < SessionsPerRole; i++)
        {
            employers.Add(new Session(await SignedInAsync(site, LoadBenchmarkWorld.EmployerEmail(i), ct), []));
            advisers.Add(new Session(await SignedInAsync(site, LoadBenchmarkWorld.AdviserEmail(i), ct), []));
        }
        return new LoadDriver(
        [
            new("Sign-in page (floor)", (_, _) => "/sign-in", anonymous),
            new("Coach home", (_, _) => "/coach", coaches),
            new("Caseload", (_, _) => "/coach/caseload", coaches),
            new("Matches for a person", (s, r) => $"/job-seekers/{s.People[r.Next(s.People.Length)]}/matches", coaches),
            new("A person's record", (s, r) => $"/job-seekers/{s.People[r.Next(s.People.Length)]}", coaches),
            new("Adviser dashboard", (_, _) => "/adviser", advisers),
            new("Employer home", (_, _) => "/employer", employers),
        ]);
    }

    public async Task RunAsync(IReadOnlyList<int> levels, TimeSpan duration, TextWriter output, CancellationToken ct)
    {
        output.WriteLine($"{"Page",-24} {"Users",5} {"Requests/s",10} {"p50 ms",7} {"p95 ms",7} {"p99 ms",7} {"Not 200",7} {"Of floor",8}");
        foreach (var users in levels)
        {
            double floor = 0;
            foreach (var page in _pages)
            {
                var (rate, timings, failures) = await DriveAsync(page, users, duration, ct);
                floor = floor == 0 ? rate : floor;
                output.WriteLine($"{page.Name,-24} {users,5} {rate,10:N0} {Percentile(timings, 0.50),7:0} {Percentile(timings, 0.95),7:0} {Percentile(timings, 0.99),7:0} {failures,7} {rate / floor,8:P0}");
            }
            output.WriteLine();
        }
    }

    private static async Task<(double Rate, List<double> Timings, int Failures)> DriveAsync(Page page, int users, TimeSpan duration, CancellationToken ct)
    {
        var timings = new List<double>();
        var failures = 0;
        var warmUntil = Stopwatch.GetTimestamp() + Stopwatch.Frequency;
        var stopAt = warmUntil + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var measuredFrom = 0L;
        var measuredTo = 0L;
        await Task.WhenAll(Enumerable.Range(0, users).Select(user => Task.Run(async () =>
        {
            var random = new Random(user);
            var session = page.Sessions[user % page.Sessions.Count];
            var mine = new List<double>();
            var myFailures = 0;
            while (Stopwatch.GetTimestamp() < stopAt)
            {
                var started = Stopwatch.GetTimestamp();
                using var response = await session.Client.GetAsync(page.Path(session, random), ct);
                await response.Content.CopyToAsync(Stream.Null, ct);
                if (started >= warmUntil)
                {
                    mine.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                    myFailures += response.StatusCode == HttpStatusCode.OK ? 0 : 1;
                }
            }
            lock (timings)
            {
                timings.AddRange(mine);
                failures += myFailures;
                measuredTo = Math.Max(measuredTo, Stopwatch.GetTimestamp());
            }
        }, ct)));
        measuredFrom = warmUntil;
        timings.Sort();
        return (timings.Count / ((measuredTo - measuredFrom) / (double)Stopwatch.Frequency), timings, failures);
    }

    private static double Percentile(List<double> sorted, double p) => sorted.Count == 0 ? double.NaN : sorted[Math.Min(sorted.Count - 1, (int)(p * sorted.Count))];

    private static HttpClient NewClient(Uri site) => new(new SocketsHttpHandler
    {
        AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer(), MaxConnectionsPerServer = 256,
    }) { BaseAddress = site, Timeout = TimeSpan.FromSeconds(60) };

    private static async Task<HttpClient> SignedInAsync(Uri site, string email, CancellationToken ct)
    {
        var client = NewClient(site);
        var form = await client.GetStringAsync("/sign-in", ct);
        using var signIn = await client.PostAsync("/sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = TokenPattern().Match(form).Groups[1].Value, ["Email"] = email, ["Password"] = LoadBenchmarkWorld.Password,
        }), ct);
        if (signIn.StatusCode != HttpStatusCode.Redirect || signIn.Headers.Location?.ToString().Contains("sign-in", StringComparison.Ordinal) == true)
        {
            throw new InvalidOperationException($"Could not sign in as {email} (the page answered {(int)signIn.StatusCode}): is the site running on the benchmark's database?");
        }
        return client;
    }

    private static async Task<Guid[]> CaseloadAsync(NpgsqlDataSource data, string coachEmail, CancellationToken ct)
    {
        await using var command = data.CreateCommand(
            "SELECT j.id FROM job_seekers j JOIN asp_net_users u ON u.id = j.coach_id WHERE u.normalized_email = $1 ORDER BY j.id");
        command.Parameters.AddWithValue(coachEmail.ToUpperInvariant());
        var people = new List<Guid>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            people.Add(reader.GetGuid(0));
        }
        return people.Count > 0 ? [.. people] : throw new InvalidOperationException($"{coachEmail} has no caseload: was the world loaded by this benchmark?");
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
