using Employment.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Employment.Core.Referrals;

internal sealed class ReferralConfiguration : IEntityTypeConfiguration<Referral>
{
    public void Configure(EntityTypeBuilder<Referral> b)
    {
        b.Property(r => r.Source).HasConversion<SnakeCaseEnumConverter<ReferralSource>>().HasMaxLength(32);
        b.Property(r => r.Status).HasConversion<SnakeCaseEnumConverter<ReferralStatus>>().HasMaxLength(32);
        b.Property(r => r.FirstName).HasMaxLength(ReferralLimits.Name);
        b.Property(r => r.LastName).HasMaxLength(ReferralLimits.Name);
        b.Property(r => r.Postcode).HasMaxLength(10);
        b.Property(r => r.Email).HasMaxLength(ReferralLimits.Email);
        b.Property(r => r.Phone).HasMaxLength(ReferralLimits.Phone);
        b.Property(r => r.HowToContact).HasMaxLength(ReferralLimits.ShortText);
        b.Property(r => r.WhatTheyWant).HasMaxLength(ReferralLimits.LongText);
        b.Property(r => r.ReferrerDetails).HasMaxLength(ReferralLimits.ShortText);
        b.Property(r => r.DeclineReason).HasMaxLength(ReferralLimits.LongText);
        b.Property(r => r.Version).IsRowVersion();
        b.HasOne(r => r.ReferredBy).WithMany().OnDelete(DeleteBehavior.Restrict);
        b.HasOne(r => r.LocalAuthority).WithMany().OnDelete(DeleteBehavior.Restrict);
        b.HasOne(r => r.JobSeeker).WithMany().OnDelete(DeleteBehavior.SetNull);
        // One referral makes one person, however many coaches accept it at once.
        b.HasIndex(r => r.JobSeekerId).IsUnique();
        // The same form sent twice is one referral.
        b.HasIndex(r => new { r.ReferredById, r.SubmissionKey }).IsUnique();
        b.HasIndex(r => new { r.LocalAuthorityId, r.Status });
        b.HasMany(r => r.Events).WithOne().HasForeignKey(e => e.ReferralId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ReferralEventConfiguration : IEntityTypeConfiguration<ReferralEvent>
{
    public void Configure(EntityTypeBuilder<ReferralEvent> b)
    {
        b.Property(e => e.Kind).HasConversion<SnakeCaseEnumConverter<ReferralEventKind>>().HasMaxLength(32);
        b.Property(e => e.Text).HasMaxLength(ReferralLimits.LongText);
        b.HasOne(e => e.ByUser).WithMany().OnDelete(DeleteBehavior.SetNull);
        b.HasIndex(e => new { e.ReferralId, e.At });
    }
}

public static class ReferralLimits
{
    public const int Name = 100;
    public const int Email = 254;
    public const int Phone = 30;
    public const int ShortText = 300;
    public const int LongText = 2000;
}
