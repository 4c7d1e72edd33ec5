using Microsoft.AspNetCore.Mvc;
using Portal.Core.Security;

namespace Portal.Core.Display;

/// <summary>Base for controllers under <c>/admin</c>: they need the AccessAdmin permission at least.</summary>
[RequirePermission(PlatformPermissionNames.AccessAdmin)]
public abstract class AdminController : Controller, Content.Display.IUpdateModel
{
    Task<bool> Content.Display.IUpdateModel.TryUpdateModelAsync<TModel>(TModel model, string prefix) =>
        TryUpdateModelAsync(model, prefix);

    /// <summary>A message shown once on the next page (success or failure of an action).</summary>
    protected void Notify(string message, NotificationKind kind = NotificationKind.Success) =>
        Notifications.Write(TempData, message, kind);
}

public enum NotificationKind
{
    Success,
    Info,
    Warning,
    Error,
}

public static class Notifications
{
    public const string TempDataKey = "Portal.Notification";

    /// <summary>Leaves a message for the next page the user sees.</summary>
    public static void Write(Microsoft.AspNetCore.Mvc.ViewFeatures.ITempDataDictionary tempData, string message, NotificationKind kind = NotificationKind.Success) =>
        tempData[TempDataKey] = $"{kind}|{message}";

    public static (NotificationKind Kind, string Message)? Read(Microsoft.AspNetCore.Mvc.ViewFeatures.ITempDataDictionary tempData)
    {
        if (tempData[TempDataKey] is not string value || value.Split('|', 2) is not [var kind, var message])
        {
            return null;
        }

        return (Enum.Parse<NotificationKind>(kind), message);
    }
}
