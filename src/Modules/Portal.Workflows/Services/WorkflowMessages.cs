using Portal.Core.Notify;

namespace Portal.Workflows.Services;

/// <summary>What the workflows tell people: a task for them, and the messages a workflow type sends.</summary>
public static class WorkflowMessages
{
    public static readonly NotificationType TaskAssigned = new(
        "workflow.task",
        "En opgave til dig i \"Mine opgaver\"",
        "Ny opgave: {{ values.task }}",
        """
        Du har fået en opgave som {{ values.assignedAs }}: {{ values.task }}.
        {% if values.due != "" %}Fristen er {{ values.due }}.
        {% endif %}
        Se opgaven og tag stilling: {{ url }}
        """,
        new Dictionary<string, string> { ["task"] = "Godkend anbefaling 6", ["assignedAs"] = "formand for Hovedudvalget", ["due"] = "15. december 2026" });

    public static readonly NotificationType Messages = new(
        "workflow.message",
        "Beskeder fra arbejdsgange (godkendt, afvist, påmindelser)",
        "{{ values.subject }}",
        """
        {{ values.body }}

        {{ url }}
        """,
        new Dictionary<string, string> { ["subject"] = "Anbefaling 6 er godkendt og udgivet", ["body"] = "Hovedudvalgets formand har godkendt den." });

    /// <summary>A workflow's own message: its text names the item, so only those who may read it get it.</summary>
    public static NotificationRequest Message(IReadOnlyCollection<string> audience, string subject, string body, string? contentItemId, string? url) =>
        new(Messages.Name, audience, contentItemId)
        {
            Latest = true,
            ReadersOnly = true,
            Url = url,
            Values = new Dictionary<string, string> { ["subject"] = subject, ["body"] = body },
        };
}
