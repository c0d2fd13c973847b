; Inno Setup 6 script: a per-user installer for the one-folder build dist\SurveyExplorer\.
;
; Build the folder first, then compile this script from the repository root:
;
;     py -m PyInstaller build.spec --noconfirm
;     dist\SurveyExplorer\survey-explorer.exe selftest
;     "%ProgramFiles(x86)%\Inno Setup 6\ISCC.exe" packaging\windows\SurveyExplorer.iss
;
; The installer lands in dist\installer\SurveyExplorer-<version>-setup.exe. It needs no
; administrator rights: the app goes to %LOCALAPPDATA%\Programs\Survey Explorer, the shortcut to
; the user's Start menu, and the optional "Open with" entries to HKEY_CURRENT_USER. The version is
; read from SurveyExplorer.exe (build.spec writes pyproject.toml's version into it); pass
; /DAppVersion=x.y.z to override it.
;
; Not run by the project's own checks (they build on Linux): see README "Building the installer"
; and .github/workflows/installers.yml, which compiles it on windows-latest.

#define AppName "Survey Explorer"
#define AppExeName "SurveyExplorer.exe"
#define RepoDir AddBackslash(SourcePath) + "..\.."
#define DistDir RepoDir + "\dist\SurveyExplorer"
#ifndef AppVersion
  #define AppVersion GetVersionNumbersString(DistDir + "\" + AppExeName)
#endif

[Setup]
; Keep AppId for every release: it is how Windows recognises an upgrade of the same app.
AppId={{A01B3D5B-2806-40E5-8829-733A05B190F5}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppName}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Per user, no UAC prompt: {autopf} becomes %LOCALAPPDATA%\Programs.
PrivilegesRequired=lowest
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir={#RepoDir}\dist\installer
OutputBaseFilename=SurveyExplorer-{#AppVersion}-setup
SetupIconFile={#RepoDir}\resources\icons\survey-explorer.ico
UninstallDisplayIcon={app}\{#AppExeName}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ChangesAssociations=yes
CloseApplications=yes

[Languages]
Name: "dutch"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "openwith"; Description: "Offer {#AppName} under ""Open with"" for survey files (.xlsx, .xls, .ods, .csv, .sav)"; GroupDescription: "Bestanden / Files:"; Flags: unchecked

[Files]
Source: "{#DistDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExeName}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExeName}"; Tasks: desktopicon
Name: "{autoprograms}\{#AppName} (voorbeeldgegevens - sample data)"; Filename: "{app}\{#AppExeName}"; Parameters: "gui --sample"

; "Open with" only: the app is offered for these types, it never becomes their default program.
[Registry]
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExeName}"; ValueType: string; ValueName: "FriendlyAppName"; ValueData: "{#AppName}"; Flags: uninsdeletekey; Tasks: openwith
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExeName}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExeName}"" gui ""%1"""; Tasks: openwith
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExeName}\SupportedTypes"; ValueType: string; ValueName: ".xlsx"; ValueData: ""; Tasks: openwith
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExeName}\SupportedTypes"; ValueType: string; ValueName: ".xlsm"; ValueData: ""; Tasks: openwith
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExeName}\SupportedTypes"; ValueType: string; ValueName: ".xls"; ValueData: ""; Tasks: openwith
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExeName}\SupportedTypes"; ValueType: string; ValueName: ".ods"; ValueData: ""; Tasks: openwith
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExeName}\SupportedTypes"; ValueType: string; ValueName: ".csv"; ValueData: ""; Tasks: openwith
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExeName}\SupportedTypes"; ValueType: string; ValueName: ".sav"; ValueData: ""; Tasks: openwith
Root: HKA; Subkey: "Software\Classes\.xlsx\OpenWithList\{#AppExeName}"; Flags: uninsdeletekey; Tasks: openwith
Root: HKA; Subkey: "Software\Classes\.xls\OpenWithList\{#AppExeName}"; Flags: uninsdeletekey; Tasks: openwith
Root: HKA; Subkey: "Software\Classes\.ods\OpenWithList\{#AppExeName}"; Flags: uninsdeletekey; Tasks: openwith
Root: HKA; Subkey: "Software\Classes\.csv\OpenWithList\{#AppExeName}"; Flags: uninsdeletekey; Tasks: openwith
Root: HKA; Subkey: "Software\Classes\.sav\OpenWithList\{#AppExeName}"; Flags: uninsdeletekey; Tasks: openwith

[Run]
Filename: "{app}\{#AppExeName}"; Parameters: "gui --sample"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; The command line (survey-explorer.exe) is installed beside the app but not put on PATH:
; run it as "%LOCALAPPDATA%\Programs\Survey Explorer\survey-explorer.exe" selftest.
