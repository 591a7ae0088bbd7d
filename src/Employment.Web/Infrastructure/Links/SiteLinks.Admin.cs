using Employment.Web.Features.Admin.Fairness;
using Employment.Web.Features.Admin.FollowUpPlans;
using Employment.Web.Features.Admin.Home;
using Employment.Web.Features.Admin.Imports;
using Employment.Web.Features.Admin.Outbox;
using Employment.Web.Features.Admin.Users;
using Employment.Web.Features.Approvals;

namespace Employment.Web.Infrastructure.Links;

public sealed partial class SiteLinks
{
    public string AdminHome() => Path<AdminHomeController>(nameof(AdminHomeController.Index));

    public string Users() => Path<UsersController>(nameof(UsersController.Index));

    public string Users(string? search, string? role, int page) => WithQuery(Users(), ("search", search), ("role", role), ("page", page.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    public string InviteUser() => Path<UsersController>(nameof(UsersController.Invite));

    public string Invitation(Guid userId) => Path<UsersController>(nameof(UsersController.Invitation), new { id = userId });

    public string UserCouncil(Guid userId) => Path<UsersController>(nameof(UsersController.Council), new { id = userId });

    public string UnlockUser(Guid userId) => Path<UsersController>(nameof(UsersController.Unlock), new { id = userId });

    public string Imports() => Path<ImportsController>(nameof(ImportsController.Index));

    public string NewImport() => Path<ImportsController>(nameof(ImportsController.New));

    /// <summary>An import run's page; it refreshes itself while the run is going unless <paramref name="refresh"/> is false.</summary>
    public string AdminImport(Guid runId, bool refresh = true)
    {
        var path = Path<ImportsController>(nameof(ImportsController.Show), new { id = runId });
        return refresh ? path : WithQuery(path, ("refresh", "off"));
    }

    public string Fairness() => Path<FairnessController>(nameof(FairnessController.Index));

    public string FollowUpPlans() => Path<FollowUpPlansController>(nameof(FollowUpPlansController.Index));

    public string FollowUpPlan(int councilId) => Path<FollowUpPlansController>(nameof(FollowUpPlansController.Edit), new { id = councilId });

    public string UseDefaultFollowUpPlan(int councilId) => Path<FollowUpPlansController>(nameof(FollowUpPlansController.UseDefault), new { id = councilId });

    public string Outbox() => Path<OutboxController>(nameof(OutboxController.Index));

    public string Outbox(string? status, int page) => WithQuery(Outbox(), ("status", status), ("page", page.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    public string OutboxEmail(Guid emailId) => Path<OutboxController>(nameof(OutboxController.Email), new { id = emailId });

    public string TryEmailAgain(Guid emailId) => Path<OutboxController>(nameof(OutboxController.TryAgain), new { id = emailId });

    public string EmployersWaiting() => Path<ApprovalsController>(nameof(ApprovalsController.Index));

    public string ApproveEmployer(Guid employerId) => Path<ApprovalsController>(nameof(ApprovalsController.Approve), new { id = employerId });

    public string RejectEmployer(Guid employerId) => Path<ApprovalsController>(nameof(ApprovalsController.Reject), new { id = employerId });
}
