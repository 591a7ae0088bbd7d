using Employment.Core.Employers;
using Employment.Core.Interchange;
using Employment.Core.Statistics;
using Employment.Tests.Interchange;
using Microsoft.EntityFrameworkCore;

namespace Employment.Tests.Statistics;

/// <summary>
/// Imported people carry their real joining day (decision 0060): joined_on when the file gives it, else their first event,
/// so a past quarter's share can never pass 100% because the people in work "joined" today.
/// </summary>
public sealed class ImportedHistoryTests
{
    [Fact]
    public async Task ImportedPeople_JoinOnJoinedOnOrTheirFirstEvent_AndPastSharesStayWithin100Percent()
    {
        await using var database = await ImportDatabase.CreateAsync();
        using var folder = new DatasetFolder();
        folder.Write(InterchangeFiles.Employers, "employer_id,name,dc_level,dc_valid_until,sector,dc_since\r\n" +
            "E1,Old Member,committed,2026-09-30,,2023-06-01\r\nE2,Renewed,employer,2027-05-31,,\r\n");
        folder.Write(InterchangeFiles.Vacancies, "vacancy_id,employer_id,title,kind,soc_code,hours_per_week,hourly_pay,latitude,longitude,posted_on\r\n" +
            "V1,E1,Kitchen porter,paid_job,9263,20,11.50,52.63,-1.13,2023-01-01\r\n");
        folder.Write(InterchangeFiles.Candidates, "candidate_id,date_of_birth,local_authority,latitude,longitude,has_ehc_plan,interests,travel_mode,travel_max_minutes,hours_min,hours_max,consent_to_share,joined_on,long_term_support_ld\r\n" +
            "C1,1990-01-01,E06000016,52.63,-1.13,false,9263,walk,30,5,30,false,2022-11-15,true\r\n" +
            "C2,1990-01-01,E06000016,52.63,-1.13,false,9263,walk,30,5,30,false,,\r\n");
        folder.Write(InterchangeFiles.Placements, "candidate_id,vacancy_id,event,date,hours_per_week,hourly_pay,reason\r\n" +
            "C1,V1,introduced,2023-02-01,,,\r\nC1,V1,started,2023-03-01,20,11.50,\r\n" +
            "C2,V1,introduced,2023-02-10,,,\r\nC2,V1,started,2023-03-06,20,11.50,\r\n");

        var report = await database.ImportAsync(folder.Path);

        Assert.Equal(ImportReport.Loaded, report.Status);
        await using var db = database.Context();
        var joined = await db.JobSeekers.ToDictionaryAsync(j => j.SourceId!, j => DateOnly.FromDateTime(j.CreatedAt.UtcDateTime));
        Assert.Equal(new DateOnly(2022, 11, 15), joined["C1"]);
        Assert.Equal(new DateOnly(2023, 2, 10), joined["C2"]);
        Assert.True((await db.JobSeekers.SingleAsync(j => j.SourceId == "C1")).LongTermSupportForLearningDisability);
        var since = await db.Employers.ToDictionaryAsync(e => e.SourceId!, e => e.DcSince);
        Assert.Equal(new DateOnly(2023, 6, 1), since["E1"]);
        Assert.Equal(new DateOnly(2024, 5, 31), since["E2"]); // three years before the membership ends
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var members = await new EmployerMeasures(db).DisabilityConfidentAsync(StatisticsFilter.All, [Period.QuarterContaining(today)], today);
        Assert.All(members, m => Assert.Equal(0, m.New)); // members before they reached the platform are not new this quarter

        // 2022–23 Q4 (January to March 2023): both had joined, both in work on 31 March 2023.
        var work = (await new OutcomeMeasures(db).InPaidWorkAsync(StatisticsFilter.All, [Period.Quarter(2023, 1)], new DateOnly(2026, 11, 23))).Single();
        Assert.Equal((2, 2, 2), (work.JobSeekers, work.Active, work.InPaidWork));
        Assert.Equal((1, 1), (work.AscofPeople, work.AscofInPaidWork));
    }
}
