using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;

namespace Portal.Notifications.Models;

internal sealed class NotificationModel : IDbModelContributor
{
    public void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<NotificationEvent>(e =>
        {
            e.ToTable("NotificationEvents");
            e.HasKey(x => x.Id);
            e.Property(x => x.Type).HasMaxLength(100);
            e.Property(x => x.Audience).HasMaxLength(2000);
            e.Property(x => x.ContentItemId).HasMaxLength(26);
            e.Property(x => x.Values).HasMaxLength(8000);
            e.Property(x => x.Url).HasMaxLength(500);
            e.Property(x => x.Actor).HasMaxLength(256);
            e.Property(x => x.LastError).HasMaxLength(2000);
        });

        modelBuilder.Entity<Notification>(n =>
        {
            n.ToTable("Notifications");
            n.HasKey(x => x.Id);
            n.Property(x => x.UserName).HasMaxLength(256);
            n.Property(x => x.Type).HasMaxLength(100);
            n.Property(x => x.Subject).HasMaxLength(300);
            n.Property(x => x.Body).HasMaxLength(4000);
            n.Property(x => x.ContentItemId).HasMaxLength(26);
            n.Property(x => x.Url).HasMaxLength(500);
            n.HasIndex(x => new { x.UserName, x.Id });
            n.HasIndex(x => new { x.UserName, x.ReadUtc });
            n.HasIndex(x => new { x.InDigest, x.UserName });
        });

        modelBuilder.Entity<MailMessage>(m =>
        {
            m.ToTable("MailMessages");
            m.HasKey(x => x.Id);
            m.Property(x => x.MessageId).HasMaxLength(100);
            m.HasIndex(x => x.MessageId).IsUnique();
            m.Property(x => x.To).HasMaxLength(256);
            m.Property(x => x.ToName).HasMaxLength(256);
            m.Property(x => x.Subject).HasMaxLength(300);
            m.Property(x => x.Body).HasMaxLength(20000);
            m.Property(x => x.LastError).HasMaxLength(2000);
            m.HasIndex(x => new { x.SentUtc, x.NextAttemptUtc });
        });

        modelBuilder.Entity<NotificationPreference>(p =>
        {
            p.ToTable("NotificationPreferences");
            p.HasKey(x => x.Id);
            p.Property(x => x.UserName).HasMaxLength(256);
            p.Property(x => x.Type).HasMaxLength(100);
            p.Property(x => x.Delivery).HasConversion<string>().HasMaxLength(20);
            p.HasIndex(x => new { x.UserName, x.Type }).IsUnique();
        });

        modelBuilder.Entity<DigestSchedule>(d =>
        {
            d.ToTable("DigestSchedules");
            d.HasKey(x => x.UserName);
            d.Property(x => x.UserName).HasMaxLength(256);
        });

        modelBuilder.Entity<NotificationTemplate>(t =>
        {
            t.ToTable("NotificationTemplates");
            t.HasKey(x => x.Type);
            t.Property(x => x.Type).HasMaxLength(100);
            t.Property(x => x.Subject).HasMaxLength(1000);
            t.Property(x => x.Body).HasMaxLength(8000);
            t.Property(x => x.UpdatedBy).HasMaxLength(256);
        });
    }
}
