using Quartz;
using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ApplicationParts;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Portal.Core.Content;
using Portal.Core.Content.Display;
using Portal.Core.Content.Metadata;
using Portal.Core.Data;
using Portal.Core.Data.Migrations;
using Portal.Core.Html;
using Portal.Core.Modules;
using Portal.Core.Navigation;
using Portal.Core.Recipes;
using Portal.Core.Security;
using Portal.Core.Site;

namespace Portal.Core.Hosting;

public static class PortalServiceCollectionExtensions
{
    public const string LoginRateLimitPolicy = "login";

    /// <summary>The platform and every enabled module. Refuses to start on a broken module graph.</summary>
    public static WebApplicationBuilder AddPortal(this WebApplicationBuilder builder)
    {
        // Serve the modules' and themes' static assets from their projects in every environment
        // when run from a build (a published app has them in its own wwwroot).
        builder.WebHost.UseStaticWebAssets();
        var services = builder.Services;
        var configuration = builder.Configuration;
        var portalOptions = configuration.GetSection("Portal").Get<PortalOptions>() ?? new PortalOptions();
        services.Configure<PortalOptions>(configuration.GetSection("Portal"));

        var moduleOptions = configuration.GetSection("Portal:Modules").Get<ModuleOptions>() ?? new ModuleOptions();
        var catalog = ModuleCatalog.Build(ModuleCatalog.Discover(), moduleOptions);
        services.AddSingleton(catalog);

        var dataPath = DataPaths.Resolve(builder.Environment.ContentRootPath, portalOptions.DataPath);
        services.AddSingleton(new DataPaths(dataPath));

        services.AddPortalData(configuration, dataPath);

        // Sign-in cookies, antiforgery tokens and calendar links survive a restart: the keys live
        // with the data, or in Redis when several nodes share the load.
        var dataProtection = services.AddDataProtection().SetApplicationName("MED-portalen");
        if (configuration["Redis:Configuration"] is { Length: > 0 } redisConfiguration)
        {
            services.AddPortalNodes(dataProtection, redisConfiguration);
        }
        else
        {
            dataProtection.PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(dataPath, "keys")));
        }

        services.AddPortalIdentity(builder.Environment, portalOptions);
        services.AddPortalContent();

        var mvc = services.AddControllersWithViews(options =>
            {
                options.Filters.Add(new AutoValidateAntiforgeryTokenAttribute());
                options.Filters.Add<FormInputFilter>(FormInputFilter.Order);
                // View models say [Required] (with a Danish message) where they mean it.
                options.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true;
                DanishModelBindingMessages.Apply(options.ModelBindingMessageProvider);
            })
            // Forms are validated on the server, in Danish; no English data-val-* attributes in the markup.
            .AddViewOptions(options => options.HtmlHelperOptions.ClientValidationEnabled = false);
        // Write æ, ø and å as letters, not as character references.
        services.AddWebEncoders(options => options.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        // JSON from minimal APIs likewise (æ, not \u00E6), with enums by name.
        services.ConfigureHttpJsonOptions(options =>
        {
            options.SerializerOptions.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All);
            options.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter());
        });
        mvc.ConfigureApplicationPartManager(manager => UseModuleParts(manager, catalog));
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = ".MedPortal.Antiforgery";
            options.Cookie.SecurePolicy = SecurePolicy(builder.Environment, portalOptions);
        });

        services.AddRequestLocalization(options =>
        {
            var cultures = new[] { new CultureInfo("da-DK"), new CultureInfo("en") };
            options.DefaultRequestCulture = new RequestCulture("da-DK");
            options.SupportedCultures = cultures;
            options.SupportedUICultures = cultures;
        });

        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = async (context, token) =>
            {
                context.HttpContext.Response.ContentType = "text/plain; charset=utf-8";
                await context.HttpContext.Response.WriteAsync("For mange loginforsøg. Vent et minut, og prøv igen.", token);
            };
            options.AddPolicy(LoginRateLimitPolicy, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = portalOptions.Security.LoginAttemptsPerMinute, Window = TimeSpan.FromMinutes(1) }));
        });

        // Behind a reverse proxy: trust X-Forwarded-For/-Proto from the proxies named in configuration
        // (and no one else), so the login limits and logs see the client's address and HTTPS is known.
        var trustedProxies = new TrustedProxies(portalOptions.Security);
        services.Configure<Microsoft.AspNetCore.Builder.ForwardedHeadersOptions>(trustedProxies.Apply);

        services.AddPortalReadCache();
        services.AddHealthChecks().AddDbContextCheck<PortalDbContext>("database", tags: ["ready"]);
        services.AddHttpContextAccessor();
        services.TryAddSingleton(TimeProvider.System);

        foreach (var module in catalog.Modules)
        {
            module.Startup?.ConfigureServices(services, configuration);
        }

        return builder;
    }

    private static void AddPortalData(this IServiceCollection services, ConfigurationManager configuration, string dataPath)
    {
        var setting = configuration["Database:Provider"];
        var provider = DatabaseProviders.Parse(setting)
            ?? throw new InvalidOperationException($"Database:Provider '{setting}' is not supported. Use Sqlite (default) or Postgres.");
        services.AddSingleton<PortalModelContributors>();
        // Pooled: a request leases a context instead of building options and services anew.
        services.AddDbContextPool<PortalDbContext>((services, options) =>
        {
            // Interceptors registered in DI (telemetry, tests counting round trips) see every command.
            options.AddInterceptors(services.GetServices<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor>());
            if (provider == DatabaseProviders.Postgres)
            {
                var connectionString = configuration.GetConnectionString("Portal");
                if (string.IsNullOrWhiteSpace(connectionString))
                {
                    throw new InvalidOperationException("Database:Provider is Postgres, but ConnectionStrings:Portal (environment: ConnectionStrings__Portal) is not set.");
                }

                options.UseNpgsql(connectionString);
            }
            else
            {
                options.UseSqlite($"Data Source={Path.Combine(dataPath, "portal.db")}");
            }

            options.ReplaceService<IModelCacheKeyFactory, PortalModelCacheKeyFactory>();
            var contributors = services.GetRequiredService<PortalModelContributors>().Key;
            if (services.GetServices<CompiledDbModel>().FirstOrDefault(m => m.Provider == provider && m.ContributorsKey == contributors) is { } compiled)
            {
                options.UseModel(compiled.Model());
            }
        });
        services.AddSingleton<SchemaMigrator>();
    }

    private static void AddPortalIdentity(this IServiceCollection services, IHostEnvironment environment, PortalOptions portalOptions)
    {
        services.AddIdentity<PortalUser, PortalRole>(options =>
            {
                options.Password.RequiredLength = 10;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequireUppercase = true;
                options.Password.RequireLowercase = true;
                options.Password.RequireDigit = true;
                // Lockout stays on for a lockout an administrator sets; wrong passwords never lock an
                // account (that would let anyone lock out the administrator): the login throttle slows them.
                options.Lockout.AllowedForNewUsers = true;
                options.User.RequireUniqueEmail = false;
                options.User.AllowedUserNameCharacters = "abcdefghijklmnopqrstuvwxyzæøåABCDEFGHIJKLMNOPQRSTUVWXYZÆØÅ0123456789-._@+";
            })
            .AddEntityFrameworkStores<PortalDbContext>()
            .AddUserManager<PortalUserManager>()
            .AddDefaultTokenProviders()
            .AddErrorDescriber<DanishIdentityErrorDescriber>()
            .AddClaimsPrincipalFactory<PortalClaimsPrincipalFactory>();

        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = ".MedPortal.Auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = SecurePolicy(environment, portalOptions);
            options.SlidingExpiration = true;

            // Answer "not allowed" where it happened, with status 403 and the Danish error page,
            // rather than redirecting to another address.
            options.Events.OnRedirectToAccessDenied = context =>
                IsApi(context.Request)
                    ? ApiProblem(context.HttpContext, StatusCodes.Status403Forbidden, "Du har ikke adgang til dette.")
                    : SetStatus(context.Response, StatusCodes.Status403Forbidden);

            // An API client gets 401 (as problem JSON), not the login page.
            var redirectToLogin = options.Events.OnRedirectToLogin;
            options.Events.OnRedirectToLogin = context =>
                IsApi(context.Request)
                    ? ApiProblem(context.HttpContext, StatusCodes.Status401Unauthorized, "Log ind for at bruge dette API.")
                    : redirectToLogin(context);
            options.ExpireTimeSpan = TimeSpan.FromHours(8);

            // Every request: a cookie whose session has ended (logout, new password, deactivation) is refused.
            // Then, once a minute, Identity's own check renews the cookie with the user's current roles.
            var refreshRoles = options.Events.OnValidatePrincipal;
            options.Events.OnValidatePrincipal = async context =>
            {
                var services = context.HttpContext.RequestServices;
                await services.GetRequiredService<SessionValidator>().ValidateAsync(context);

                // Identity's check builds the user manager and its store to find it is not due: ask first.
                var stampOptions = services.GetRequiredService<IOptions<SecurityStampValidatorOptions>>().Value;
                var due = context.Properties.IssuedUtc is not { } issued || (stampOptions.TimeProvider ?? TimeProvider.System).GetUtcNow() - issued > stampOptions.ValidationInterval;
                if (context.Principal is not null && due)
                {
                    await refreshRoles(context);
                }
            };
        });

        services.AddSingleton<SessionValidator>();
        services.AddSingleton<IPostConfigureOptions<CookieAuthenticationOptions>, Security.RememberedTicketsSetup>();
        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.FromMinutes(1));

        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        services.AddSingleton<IAuthorizationPolicyProvider, PermissionPolicyProvider>();
        services.AddScoped<IAuthorizationHandler, PermissionHandler>();
        services.AddSingleton<IPermissionService, PermissionService>();
        services.AddSingleton<IPermissionProvider, PlatformPermissionProvider>();
        services.AddMemoryCache();
    }

    private static void AddPortalContent(this IServiceCollection services)
    {
        services.AddSingleton<ContentDefinitionCache>();
        services.AddScoped<IContentDefinitionManager, ContentDefinitionManager>();
        services.AddScoped<IContentManager, ContentManager>();
        services.TryAddScoped<Audit.IAuditTrail, Audit.NoAuditTrail>();
        services.AddScoped<IContentDisplayManager, ContentDisplayManager>();
        services.AddScoped<Content.Visibility.IContentVisibility, Content.Visibility.ContentVisibility>();
        services.AddScoped<Content.Visibility.IPrincipalKeyHolders, Content.Visibility.PlatformKeyHolders>();
        services.TryAddScoped<Notify.INotificationQueue, Notify.NoNotifications>();
        services.AddScoped<Content.Visibility.ContentReaderWriter>();
        services.AddScoped<Content.Visibility.IContentVisibilityProvider, Content.Visibility.DraftVisibilityProvider>();
        services.AddScoped<IPortalStartupTask, Content.Visibility.VisibilityRulesRefresh>();
        services.AddScoped<Search.ISearchDocumentSource, Search.SearchDocumentSource>();
        services.TryAddScoped<Search.ISearchIndexQueue, Search.NoSearchIndex>();
        services.AddSingleton<IHtmlSanitizerService, HtmlSanitizerService>();
        services.AddSingleton<SiteSettingsCache>();
        services.AddScoped<ISiteService, SiteService>();
        services.AddSingleton<INavigationManager, NavigationManager>();
        services.AddSingleton<RecipeExecutor>();
        services.AddScoped<IRecipeStepHandler, SiteRecipeStep>();
        services.AddScoped<IRecipeStepHandler, ContentRecipeStep>();
        services.AddSingleton<PortalInitializer>();
        services.AddSingleton<PortalInitialization>();
        services.AddHostedService<PortalInitializationHostedService>();
        services.Configure<HostOptions>(options => options.ServicesStartConcurrently = true);
        services.AddSingleton<Display.IThemeSelector, Display.ThemeSelector>();
        services.AddPortalScheduler();
    }

    /// <summary>
    /// Quartz wakes the portal for work planned ahead (publish later, timers, reminders). Modules add
    /// their jobs with <c>services.AddQuartz(q => q.AddJob…)</c>. Each job keeps its plan in the
    /// portal's own tables, so the in-memory store loses nothing at a restart, on SQLite or PostgreSQL.
    /// Quartz keeps wall-clock time; what is due is decided by the portal's clock.
    /// </summary>
    private static void AddPortalScheduler(this IServiceCollection services)
    {
        services.AddQuartz(quartz =>
        {
            quartz.UseTimeProvider(TimeProvider.System);
            quartz.UseInMemoryStore();
        });
        services.AddQuartzHostedService(options => options.WaitForJobsToComplete = true);
    }

    /// <summary>
    /// Several nodes behind one address: they share the data-protection keys (a cookie made by one is
    /// read by all) and hear of each other's writes through Redis.
    /// </summary>
    private static void AddPortalNodes(this IServiceCollection services, IDataProtectionBuilder dataProtection, string redisConfiguration)
    {
        var options = StackExchange.Redis.ConfigurationOptions.Parse(redisConfiguration);
        // Start even while Redis is away; the connection comes back by itself.
        options.AbortOnConnectFail = false;
        var redis = new Lazy<StackExchange.Redis.IConnectionMultiplexer>(() => StackExchange.Redis.ConnectionMultiplexer.Connect(options));
        services.AddSingleton(_ => redis.Value);
        dataProtection.PersistKeysToStackExchangeRedis(() => redis.Value.GetDatabase(), "medportal:data-protection-keys");
        services.AddHostedService<Caching.RedisReadCacheBackplane>();
    }

    /// <summary>Reader pages from the output cache, and what keeps it and the reader keys correct.</summary>
    private static void AddPortalReadCache(this IServiceCollection services)
    {
        services.AddOutputCache(options =>
        {
            options.AddPolicy(Caching.ReaderPages.Policy, new Caching.ReaderPagePolicy());
            options.SizeLimit = 64 * 1024 * 1024;
            options.MaximumBodySize = 1024 * 1024;
        });
        services.AddSingleton<Caching.ReadCacheSignal>();
        services.AddSingleton<Caching.ReaderKeyCache>();
        services.AddSingleton<Caching.AntiforgeryTokenCache>();
        services.AddSingleton<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor, Caching.ReadCacheInvalidator>();
    }

    private static bool IsApi(HttpRequest request) => request.Path.StartsWithSegments("/api");

    private static Task SetStatus(HttpResponse response, int status)
    {
        response.StatusCode = status;
        return Task.CompletedTask;
    }

    private static Task ApiProblem(HttpContext context, int status, string title) =>
        Results.Problem(statusCode: status, title: title).ExecuteAsync(context);

    internal static CookieSecurePolicy SecurePolicy(IHostEnvironment environment, PortalOptions options) =>
        (options.Security.SecureCookies ?? !environment.IsDevelopment()) ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;

    /// <summary>Only the host and the enabled modules contribute controllers and views.</summary>
    private static void UseModuleParts(ApplicationPartManager manager, ModuleCatalog catalog)
    {
        var moduleAssemblies = catalog.Modules.Select(m => m.Assembly).ToHashSet();
        static System.Reflection.Assembly? AssemblyOf(ApplicationPart part) => part switch
        {
            AssemblyPart a => a.Assembly,
            Microsoft.AspNetCore.Mvc.ApplicationParts.CompiledRazorAssemblyPart r => r.Assembly,
            _ => null,
        };

        var disabled = manager.ApplicationParts
            .Where(p => AssemblyOf(p) is { } a && a.IsDefined(typeof(ModuleAttribute), false) && !moduleAssemblies.Contains(a))
            .ToList();
        foreach (var part in disabled)
        {
            manager.ApplicationParts.Remove(part);
        }

        var present = manager.ApplicationParts.Select(AssemblyOf).ToHashSet();
        foreach (var assembly in moduleAssemblies.Where(a => !present.Contains(a)))
        {
            foreach (var part in ApplicationPartFactory.GetApplicationPartFactory(assembly).GetApplicationParts(assembly))
            {
                manager.ApplicationParts.Add(part);
            }
        }
    }
}
