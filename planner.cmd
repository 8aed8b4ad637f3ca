@echo off
rem Runs Gigawatt Planner on Windows, as the planner script does elsewhere: the installed lib\planner.jar beside this
rem folder, else the one built here (built first when missing). PLANNER_HEAP sets the heap (default 4g).
setlocal
set "jar=%~dp0..\lib\planner.jar"
if not exist "%jar%" set "jar=%~dp0planner-cli\target\planner.jar"
if not exist "%jar%" (
  echo planner: building the command line ^(first run^)... 1>&2
  call "%~dp0mvnw.cmd" -f "%~dp0pom.xml" -B -q -ntp -DskipTests -Dassembly.skipAssembly package -pl planner-cli -am 1>&2 || exit /b 1
)
if not defined PLANNER_HEAP set "PLANNER_HEAP=4g"
java -Xmx%PLANNER_HEAP% -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -jar "%jar%" %*
exit /b %ERRORLEVEL%
