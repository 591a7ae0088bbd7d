using Employment.Core.Accounts;
using Employment.Core.Referrals;
using Employment.Web.Features.JobSeekers;
using Employment.Web.Infrastructure;
using Employment.Web.Infrastructure.Forms;
using Employment.Web.Infrastructure.Links;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Employment.Web.Features.Referrals.Intake;

/// <summary>
/// The council team's intake queue: the job coaches of the council a referral was sent to accept it (making the person
/// on their caseload), ask the referrer for more, or decline it with a reason. Opening one is recorded.
/// </summary>
[Authorize(Roles = Roles.Coach)]
public sealed class IntakeController(ReferralAccess access, ReferralService referrals, SiteLinks linkTo, PublicAddress address) : Controller
{
    private Guid CoachId => JobSeekerAccess.UserId(User)!.Value;

    [HttpGet("/coach/referrals")]
    public async Task<IActionResult> Index(bool decided = false)
    {
        var team = await access.ForTeamAsync(User);
        var rows = await team.AsNoTracking()
            .Where(r => decided ? r.Status == ReferralStatus.Accepted || r.Status == ReferralStatus.Declined : r.Status == ReferralStatus.Received || r.Status == ReferralStatus.MoreInformationAsked)
            .OrderBy(r => r.ReceivedAt)
            .Take(200)
            .Select(r => new QueueRow(r.Id, r.ErasedAt == null ? r.FirstName + " " + r.LastName : "Details removed", r.Source, r.ReferrerDetails, r.ReferredBy!.DisplayName, r.ReceivedAt, r.Status))
            .ToListAsync();
        return View(new QueuePage(rows, decided, await access.CouncilOfAsync(User) is not null));
    }

    [HttpGet("/coach/referrals/{id:guid}")]
    public async Task<IActionResult> Show(Guid id)
    {
        if (await FindAsync(id) is not { } referral)
        {
            return NotFound();
        }
        await referrals.RecordViewAsync(referral, CoachId);
        return View(new IntakeView(referral, new QuestionForm(), new DeclineForm()));
    }

    [HttpPost("/coach/referrals/{id:guid}/accept")]
    public async Task<IActionResult> Accept(Guid id)
    {
        if (await FindAsync(id, tracked: true) is not { } referral)
        {
            return NotFound();
        }
        var result = await referrals.AcceptAsync(referral, CoachId, Email);
        if (!result.Succeeded)
        {
            ModelState.AddErrors(result.Problems);
            return await ShowAgainAsync(id, new QuestionForm(), new DeclineForm());
        }
        TempData["Success"] = $"{referral.FirstName} {referral.LastName} is on your caseload. Build their careers profile or read their EHC plan next";
        return Redirect(linkTo.JobSeeker(referral.JobSeekerId!.Value));
    }

    [HttpPost("/coach/referrals/{id:guid}/ask")]
    public async Task<IActionResult> Ask(Guid id, [Bind(Prefix = "Question")] QuestionForm form, [FromServices] IValidator<QuestionForm> validator)
    {
        if (await FindAsync(id, tracked: true) is not { } referral)
        {
            return NotFound();
        }
        if (await validator.ValidateIntoAsync(form, ModelState, "Question", HttpContext.RequestAborted))
        {
            var result = await referrals.AskAsync(referral, form.Text!, CoachId, Email);
            ModelState.AddErrors(result.Problems);
            if (result.Succeeded)
            {
                TempData["Success"] = "Your question was sent to the referrer";
                return Redirect(linkTo.IntakeReferral(id));
            }
        }
        return await ShowAgainAsync(id, form, new DeclineForm());
    }

    [HttpPost("/coach/referrals/{id:guid}/decline")]
    public async Task<IActionResult> Decline(Guid id, [Bind(Prefix = "Decline")] DeclineForm form, [FromServices] IValidator<DeclineForm> validator)
    {
        if (await FindAsync(id, tracked: true) is not { } referral)
        {
            return NotFound();
        }
        if (await validator.ValidateIntoAsync(form, ModelState, "Decline", HttpContext.RequestAborted))
        {
            var result = await referrals.DeclineAsync(referral, form.Reason!, CoachId, Email);
            ModelState.AddErrors(result.Problems);
            if (result.Succeeded)
            {
                TempData["Success"] = "The referral was declined; the referrer can see your reason";
                return Redirect(linkTo.ReferralQueue());
            }
        }
        return await ShowAgainAsync(id, new QuestionForm(), form);
    }

    private ReferralEmail Email => new(id => address.Link(linkTo.Referral(id)));

    private async Task<IActionResult> ShowAgainAsync(Guid id, QuestionForm question, DeclineForm decline)
    {
        // A refused decision may have cleared the context: read the referral afresh, as it is now.
        var referral = await FindAsync(id);
        return referral is null ? NotFound() : View("Show", new IntakeView(referral, question, decline));
    }

    private async Task<Referral?> FindAsync(Guid id, bool tracked = false)
    {
        var query = (await access.ForTeamAsync(User)).Include(r => r.ReferredBy).Include(r => r.LocalAuthority)
            .Include(r => r.Events.OrderBy(e => e.At)).ThenInclude(e => e.ByUser);
        return await (tracked ? query : query.AsNoTracking()).FirstOrDefaultAsync(r => r.Id == id);
    }
}

public sealed record QueueRow(Guid Id, string Name, ReferralSource Source, string? ReferrerDetails, string ReferredBy, DateTimeOffset ReceivedAt, ReferralStatus Status);

public sealed record QueuePage(IReadOnlyList<QueueRow> Rows, bool Decided, bool HasCouncil);

public sealed record IntakeView(Referral Referral, QuestionForm Question, DeclineForm Decline);
