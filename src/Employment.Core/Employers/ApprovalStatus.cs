namespace Employment.Core.Employers;

public enum ApprovalStatus
{
    Pending,
    Approved,
    Rejected,
}
