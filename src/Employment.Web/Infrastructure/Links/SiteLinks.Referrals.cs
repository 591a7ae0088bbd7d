using Employment.Web.Features.Referrals.Intake;
using Employment.Web.Features.Referrals.Refer;

namespace Employment.Web.Infrastructure.Links;

public sealed partial class SiteLinks
{
    /// <summary>The referrer's own referrals.</summary>
    public string Referrals() => Path<ReferController>(nameof(ReferController.Index));

    public string NewReferral() => Path<ReferController>(nameof(ReferController.New));

    /// <summary>A referral as its referrer sees it.</summary>
    public string Referral(Guid referralId) => Path<ReferController>(nameof(ReferController.Show), new { id = referralId });

    public string AnswerReferral(Guid referralId) => Path<ReferController>(nameof(ReferController.Answer), new { id = referralId });

    /// <summary>The council team's intake queue.</summary>
    public string ReferralQueue(bool decided = false) => decided
        ? Path<IntakeController>(nameof(IntakeController.Index), new { decided = true })
        : Path<IntakeController>(nameof(IntakeController.Index));

    /// <summary>A referral as the council's team sees it.</summary>
    public string IntakeReferral(Guid referralId) => Path<IntakeController>(nameof(IntakeController.Show), new { id = referralId });

    public string AcceptReferral(Guid referralId) => Path<IntakeController>(nameof(IntakeController.Accept), new { id = referralId });

    public string AskAboutReferral(Guid referralId) => Path<IntakeController>(nameof(IntakeController.Ask), new { id = referralId });

    public string DeclineReferral(Guid referralId) => Path<IntakeController>(nameof(IntakeController.Decline), new { id = referralId });
}
