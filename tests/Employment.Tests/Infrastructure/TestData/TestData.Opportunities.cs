using Employment.Core.Employers;
using Employment.Core.Opportunities;

namespace Employment.Tests.Infrastructure;

public sealed partial class TestData
{
    /// <summary>
    /// An open paid job (kitchen assistant, 20 hours at £13.00, posted today) at a new site in Leicester, offered by
    /// a new approved employer unless one is named.
    /// </summary>
    public Task<Opportunity> CreateOpportunityAsync(Action<OpportunityBuilder>? configure = null) => SaveAsync(async db =>
    {
        var builder = new OpportunityBuilder();
        configure?.Invoke(builder);
        var opportunity = await builder.BuildAsync(db);
        db.Opportunities.Add(opportunity);
        return opportunity;
    });

    /// <summary>Many at once, saved together; <paramref name="configure"/> is given each one's number, from 1.</summary>
    public Task<IReadOnlyList<Opportunity>> CreateOpportunitiesAsync(int count, Action<OpportunityBuilder, int> configure) => SaveAsync(async db =>
    {
        var opportunities = new List<Opportunity>();
        for (var number = 1; number <= count; number++)
        {
            var builder = new OpportunityBuilder();
            configure(builder, number);
            opportunities.Add(await builder.BuildAsync(db));
        }
        db.Opportunities.AddRange(opportunities);
        return (IReadOnlyList<Opportunity>)opportunities;
    });
}

public sealed class OpportunityBuilder
{
    private Guid? _employerId;
    private Action<EmployerBuilder>? _newEmployer;
    private bool _newSite = true;
    private Guid? _siteId;
    private readonly Opportunity _opportunity = new()
    {
        Kind = OpportunityKind.PaidJob,
        Title = "Kitchen assistant",
        Description = "Wash up and prepare vegetables. You work with a friendly team of four.",
        SocCode = "9263",
        HoursPerWeek = 20,
        HourlyPay = 13.00m,
        PayBand = PayBand.Age21AndOver,
        SkillsRequired = ["washing_up"],
        AdjustmentsOffered = ["written_instructions"],
        InterviewGuaranteed = true,
        PostedOn = TestData.Today,
        CreatedAt = DateTimeOffset.UtcNow,
        UpdatedAt = DateTimeOffset.UtcNow,
    };

    /// <summary>The employer offering it; with none, a new approved one.</summary>
    public OpportunityBuilder ForEmployer(Guid? employerId)
    {
        _employerId = employerId;
        return this;
    }

    public OpportunityBuilder ForNewEmployer(Action<EmployerBuilder> configure)
    {
        _newEmployer = configure;
        return this;
    }

    /// <summary>
    /// Only what an opportunity must have: no description, site or location, skills, adjustments, pay band or
    /// interview guarantee (the pay and hours stay until changed).
    /// </summary>
    public OpportunityBuilder Plain() => WithoutSite().Described(null).NeedingSkills().Offering().WithInterviewGuaranteed(false).With(o => o.PayBand = null);

    public OpportunityBuilder Titled(string title) => With(o => o.Title = title);

    public OpportunityBuilder Described(string? description) => With(o => o.Description = description);

    /// <summary>The kind; kinds that are not paid carry no pay.</summary>
    public OpportunityBuilder OfKind(OpportunityKind kind) => With(o =>
    {
        o.Kind = kind;
        if (!kind.IsPaid())
        {
            (o.HourlyPay, o.PayBand) = (null, null);
        }
    });

    public OpportunityBuilder InSocGroup(string socCode) => With(o => o.SocCode = socCode);

    public OpportunityBuilder Hours(decimal perWeek) => With(o => o.HoursPerWeek = perWeek);

    public OpportunityBuilder Paying(decimal? hourlyPay, PayBand? band) => With(o => (o.HourlyPay, o.PayBand) = (hourlyPay, band));

    public OpportunityBuilder NeedingSkills(params string[] skills) => With(o => o.SkillsRequired = [.. skills]);

    public OpportunityBuilder Offering(params string[] adjustments) => With(o => o.AdjustmentsOffered = [.. adjustments]);

    public OpportunityBuilder WithInterviewGuaranteed(bool guaranteed) => With(o => o.InterviewGuaranteed = guaranteed);

    /// <summary>At a point with no site of the employer's.</summary>
    public OpportunityBuilder At(double latitude, double longitude)
    {
        _newSite = false;
        return With(o => (o.Latitude, o.Longitude) = (latitude, longitude));
    }

    /// <summary>At a site the employer already has.</summary>
    public OpportunityBuilder AtSite(Guid siteId)
    {
        (_newSite, _siteId) = (false, siteId);
        return this;
    }

    /// <summary>With no site and no location at all.</summary>
    public OpportunityBuilder WithoutSite() => At(0, 0);

    public OpportunityBuilder PostedOn(DateOnly day) => With(o => o.PostedOn = day);

    public OpportunityBuilder ClosesOn(DateOnly day) => With(o => o.ClosesOn = day);

    public OpportunityBuilder ClosedOn(DateOnly day) => With(o => o.ClosedOn = day);

    public OpportunityBuilder LastingMonths(int? internshipMonths) => With(o => o.InternshipLengthMonths = internshipMonths);

    /// <summary>Anything the named steps do not cover.</summary>
    public OpportunityBuilder With(Action<Opportunity> change)
    {
        change(_opportunity);
        return this;
    }

    internal async Task<Opportunity> BuildAsync(Core.Data.EmploymentDbContext db)
    {
        var employer = _employerId is { } id ? await db.Employers.FindAsync(id) ?? throw new InvalidOperationException($"No employer {id}") : NewEmployer(db);
        _opportunity.Employer = employer;
        var site = _siteId is { } siteId ? await db.EmployerSites.FindAsync(siteId) ?? throw new InvalidOperationException($"No site {siteId}")
            : _newSite ? db.EmployerSites.Add(new EmployerSite { Employer = employer, Name = "Main shop", Postcode = "LE1 6ZG", Latitude = 52.6334, Longitude = -1.13242 }).Entity
            : null;
        if (site is not null)
        {
            (_opportunity.Site, _opportunity.Postcode, _opportunity.Latitude, _opportunity.Longitude) = (site, site.Postcode, site.Latitude, site.Longitude);
        }
        return _opportunity;
    }

    private Employer NewEmployer(Core.Data.EmploymentDbContext db)
    {
        var builder = new EmployerBuilder();
        _newEmployer?.Invoke(builder);
        var employer = builder.Build();
        db.Employers.Add(employer);
        return employer;
    }
}
