using System.Globalization;
using Employment.Core.Accounts;
using Employment.Core.Referrals;
using Employment.Web.Features.JobSeekers;
using Employment.Web.Infrastructure.Forms;
using Employment.Web.Infrastructure.Links;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Employment.Web.Features.Referrals.Refer;

/// <summary>
/// Referring someone to a council's supported employment team: a Jobcentre Plus adviser for themselves, or a job coach
/// recording a referral from health, social care, a college or the person. The referrer sees their own referrals' status
/// and answers the team's questions; they never reach the person's record.
/// </summary>
[Authorize(Roles = Roles.Adviser + "," + Roles.Coach)]
public sealed class ReferController(ReferralAccess access, ReferralService referrals, SiteLinks linkTo, TimeProvider clock) : Controller
{
    private Guid UserId => JobSeekerAccess.UserId(User)!.Value;

    private bool IsCoach => User.IsInRole(Roles.Coach);

    [HttpGet("/referrals")]
    public async Task<IActionResult> Index()
    {
        var mine = await access.MadeBy(User).AsNoTracking()
            .OrderByDescending(r => r.ReceivedAt)
            .Select(r => new ReferralRow(r.Id, r.ErasedAt == null ? r.FirstName + " " + r.LastName : "Details removed", r.Source, r.ReceivedAt, r.Status, r.LocalAuthority!.Name))
            .ToListAsync();
        return View(mine);
    }

    [HttpGet("/referrals/new")]
    public async Task<IActionResult> New()
    {
        var own = await access.CouncilOfAsync(User);
        return await FormView(new ReferralForm
        {
            SubmissionKey = Guid.NewGuid().ToString(),
            LocalAuthorityId = own?.ToString(CultureInfo.InvariantCulture),
        });
    }

    [HttpPost("/referrals/new")]
    public async Task<IActionResult> Send([Bind(Prefix = "Form")] ReferralForm form, [FromServices] IValidator<ReferralForm> validator)
    {
        var own = await access.CouncilOfAsync(User);
        if (IsCoach)
        {
            // A coach records referrals for their own council's team.
            form.LocalAuthorityId = own?.ToString(CultureInfo.InvariantCulture);
        }
        var councils = await access.CouncilsWithATeamAsync(own);
        var context = new ReferralFormContext(IsCoach, IsCoach ? (own is { } id ? [id] : []) : councils.Select(c => c.Id).ToList(), Today);
        if (await validator.ValidateIntoAsync(form, context, ModelState, "Form", HttpContext.RequestAborted))
        {
            var source = IsCoach ? ReferralForm.ReadSource(form.Source)!.Value : ReferralSource.JobcentrePlus;
            var result = await referrals.SubmitAsync(form.ToReferral(source), UserId);
            ModelState.AddErrors(result.Problems, "Form");
            if (result.Succeeded)
            {
                TempData["Success"] = $"Referral {result.Value!.Reference} sent to the council's team";
                return Redirect(linkTo.Referral(result.Value.Id));
            }
        }
        return await FormView(form);
    }

    [HttpGet("/referrals/{id:guid}")]
    public async Task<IActionResult> Show(Guid id) =>
        await FindAsync(id) is { } referral ? View(new ReferrerView(referral, new AnswerForm())) : NotFound();

    [HttpPost("/referrals/{id:guid}/answer")]
    public async Task<IActionResult> Answer(Guid id, [Bind(Prefix = "Answer")] AnswerForm form, [FromServices] IValidator<AnswerForm> validator)
    {
        if (await FindAsync(id, tracked: true) is not { } referral)
        {
            return NotFound();
        }
        if (await validator.ValidateIntoAsync(form, ModelState, "Answer", HttpContext.RequestAborted))
        {
            var result = await referrals.AnswerAsync(referral, form.Text!, UserId);
            ModelState.AddErrors(result.Problems);
            if (result.Succeeded)
            {
                TempData["Success"] = "Your answer was sent to the team";
                return Redirect(linkTo.Referral(id));
            }
        }
        return View("Show", new ReferrerView((await FindAsync(id))!, form));
    }

    private async Task<Referral?> FindAsync(Guid id, bool tracked = false)
    {
        var query = access.MadeBy(User).Include(r => r.LocalAuthority).Include(r => r.Events.OrderBy(e => e.At));
        return await (tracked ? query : query.AsNoTracking()).FirstOrDefaultAsync(r => r.Id == id);
    }

    private DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().Date);

    private async Task<ViewResult> FormView(ReferralForm form)
    {
        var own = await access.CouncilOfAsync(User);
        var councils = await access.CouncilsWithATeamAsync(own);
        return View("New", new ReferralFormPage(form, IsCoach, own is null ? null : councils.FirstOrDefault(c => c.Id == own).Name,
            councils.Select(c => new SelectListItem(c.Name, c.Id.ToString(CultureInfo.InvariantCulture))).ToList()));
    }
}

public sealed record ReferralRow(Guid Id, string Name, ReferralSource Source, DateTimeOffset ReceivedAt, ReferralStatus Status, string Council);

/// <param name="OwnCouncil">The referrer's council, when they have one: a coach's referrals go to its team.</param>
public sealed record ReferralFormPage(ReferralForm Form, bool RecordedByCoach, string? OwnCouncil, IReadOnlyList<SelectListItem> Councils);

/// <summary>What the referrer sees: what they sent, its status, and the team's questions; never who viewed it or the person's record.</summary>
public sealed record ReferrerView(Referral Referral, AnswerForm Answer)
{
    public IEnumerable<ReferralEvent> Conversation => Referral.Events.Where(e => e.Kind is not ReferralEventKind.Viewed);

    public string? OpenQuestion => Referral.Status == ReferralStatus.MoreInformationAsked
        ? Referral.Events.Where(e => e.Kind == ReferralEventKind.QuestionAsked).OrderBy(e => e.At).LastOrDefault()?.Text
        : null;
}
