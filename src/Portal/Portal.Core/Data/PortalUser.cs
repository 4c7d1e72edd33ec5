using Microsoft.AspNetCore.Identity;

namespace Portal.Core.Data;

public sealed class PortalUser : IdentityUser
{
    public string DisplayName { get; set; } = "";

    public DateTime CreatedUtc { get; set; }

    public bool IsDisabled { get; set; }
}

public sealed class PortalRole : IdentityRole
{
    public PortalRole()
    {
    }

    public PortalRole(string name)
        : base(name)
    {
    }

    public string Description { get; set; } = "";
}
